package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.dashboard.Dashboard;
import org.sealdesk.dashboard.DashboardService;
import org.sealdesk.dashboard.FinishedOrderCountJob;
import org.sealdesk.dashboard.FinishedOrders;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.payment.PaymentJobs;
import org.sealdesk.payment.PaymentService;
import org.sealdesk.platform.JobClaims;
import org.sealdesk.platform.JobSchedule;
import org.sealdesk.service.clock.TestClock;
import org.sealdesk.staff.StaffAdministration;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.staff.StaffUserView;
import org.sealdesk.web.Caller;

/**
 * What holds across servers and requests: the audit chain, periodic jobs run once, rows read fresh.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    AuditLog audit;

    @Inject
    ServerResources server;

    @Inject
    JobClaims claims;

    @Inject
    UserTransaction transaction;

    @Inject
    OrderService orders;

    @Inject
    StaffAdministration staff;

    @Inject
    PaymentService paymentService;

    @Inject
    PaymentJobs paymentJobs;

    @Inject
    FinishedOrders finishedOrders;

    @Inject
    FinishedOrderCountJob finishedCount;

    @Inject
    DashboardService dashboard;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    // The audit log on both databases: records written at the same moment still form one unbroken chain, and each
    // says where its request came from (work outside any request says "-").

    /** The web tier says where each request comes from, once; services and the audit log ask. */
    @Test
    void aRecordSaysWhereItsRequestCameFrom() {
        audit.success("tester", "test.origin", "here", null);
        List<String> sources = server.entityManager().createQuery("SELECT e.source FROM AuditEvent e WHERE e.action = 'test.origin'"
                + " ORDER BY e.id DESC", String.class).setMaxResults(1).getResultList();
        assertTrue(Set.of("127.0.0.1", "0:0:0:0:0:0:0:1").contains(sources.get(0)), "the test's request: " + sources);
    }

    @Test
    void recordsWrittenAtOnceFormOneUnbrokenChain() throws Exception {
        long before = audit.verify().rowsChecked();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 16; writer++) {
            int n = writer;
            writers.add(ServerResources.executor().submit(() -> {
                start.await();
                audit.success("tester" + n, "test.concurrent", "row" + n, "written at once");
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        AuditChain.Verification chain = audit.verify();
        assertTrue(chain.intact(), chain.toString());
        assertEquals(before + 16, chain.rowsChecked(), "every record, once");
    }

    /**
     * An audited action does not wait for another's commit: a writer whose transaction is still open holds up no
     * other writer (the chain head was locked by each until commit, a ceiling for the whole platform); both rows
     * are chained once committed.
     */
    @Test
    void aWriterNeverWaitsForAnotherWritersCommit() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(1);
        Future<?> slow = ServerResources.executor().submit(() -> {
            UserTransaction slowTransaction = InitialContext.doLookup("java:comp/UserTransaction");
            slowTransaction.begin();
            audit.success("slow-writer", "test.slow", "open", "written, not yet committed");
            written.countDown();
            othersDone.await();
            slowTransaction.commit();
            return null;
        });
        assertTrue(written.await(30, TimeUnit.SECONDS));
        Future<?> quick = ServerResources.executor().submit(() -> audit.success("quick-writer", "test.quick", "done",
                null));
        try {
            quick.get(30, TimeUnit.SECONDS);
        } finally {
            othersDone.countDown();
        }
        slow.get();
        AuditChain.Verification chain = audit.verify();
        assertTrue(chain.intact(), chain.toString());
        assertEquals(2L, server.entityManager().createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.seq IS NOT NULL"
                + " AND e.action IN ('test.slow', 'test.quick')", Long.class).getSingleResult(), "both chained");
    }

    // Periodic jobs run once across servers: schedulers of two servers over one database, one run per due time.

    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final int SERVERS = 2;

    @Test
    void twoServersSchedulersRunAJobOncePerDueTime() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        server.entityManager().persist(new JobSchedule(job, Instant.now()));
        transaction.commit();
        for (int due = 1; due <= 12; due++) {
            CountDownLatch tick = new CountDownLatch(1);
            List<Future<Boolean>> schedulers = new ArrayList<>();
            for (int server = 0; server < SERVERS; server++) {
                schedulers.add(ServerResources.executor().submit(() -> {
                    tick.await();
                    return claims.claim(job, INTERVAL);
                }));
            }
            tick.countDown();
            int runs = 0;
            for (Future<Boolean> scheduler : schedulers) {
                runs += scheduler.get() ? 1 : 0;
            }
            assertEquals(1, runs, "due time " + due + ": one run across " + SERVERS + " servers");
            assertFalse(claims.claim(job, INTERVAL), "not due again before its interval has passed");
            TestClock.advance(INTERVAL);
        }
    }

    /**
     * Another server over the same database changes an order and a staff account; this server reads them as
     * changed, never an old copy of its own.
     */
    @Test
    void whatAnotherServerChangedIsReadAsChanged() throws Exception {
        Applicants.signedInAndVerified("林两台");
        String number = Orders.submittedPersonalOrder("林两台");
        assertEquals(OrderStatus.AWAITING_PAYMENT, orders.find(number).status());
        asAnotherServer("UPDATE seal_order SET status = 'CLOSED', version = version + 1 WHERE number = ?", number);
        assertEquals(OrderStatus.CLOSED, orders.find(number).status());

        Callers.signIn(Caller.staff("admin-it", Set.of(StaffRole.ADMIN)));
        String username = "other-" + UUID.randomUUID().toString().substring(0, 8);
        long id = staff.create(username, "两台测试", "Other-server-2026", Set.of(StaffRole.REVIEWER)).id();
        assertFalse(member(username).disabled());
        asAnotherServer("UPDATE staff_user SET disabled = TRUE, version = version + 1 WHERE id = ?", id);
        assertTrue(member(username).disabled(), "disabled on the other server");
    }

    /**
     * The dashboard's counts of finished orders: an order that just finished counts at once; counting it into the
     * kept figures, by two servers at the same moment, counts it once; the figures equal the orders in the table.
     */
    @Test
    void finishedOrdersAreCountedOnceHoweverManyServersCount() throws Exception {
        Applicants.signedInAndVerified("周结单");
        String number = Orders.submittedPersonalOrder("周结单");
        paymentService.checkout(number);
        TestClock.advance(Duration.ofMinutes(31));
        paymentJobs.run();
        assertEquals(OrderStatus.CLOSED, orders.find(number).status());
        assertFinishedCountsTrue("before they are counted");

        CountDownLatch together = new CountDownLatch(1);
        List<Future<Integer>> counters = new ArrayList<>();
        for (int server = 0; server < SERVERS; server++) {
            counters.add(ServerResources.executor().submit(() -> {
                together.await();
                return finishedCount.run();
            }));
        }
        together.countDown();
        int counted = 0;
        for (Future<Integer> counter : counters) {
            counted += counter.get();
        }
        assertTrue(counted >= 1, "the order just closed was counted");
        assertEquals(0L, server.entityManager().createQuery("SELECT COUNT(o) FROM SealOrder o"
                + " WHERE o.inFinishedCount = FALSE AND o.status IN :final", Long.class)
                .setParameter("final", FinishedOrders.FINAL).getSingleResult(), "none left to count");
        assertFinishedCountsTrue("once counted");
    }

    /** The dashboard counts an application on the day it was submitted, and its order in its status. */
    @Test
    void theDashboardCountsTodaysApplications() {
        Callers.signIn(Caller.staff("dashboard-it", Set.of(StaffRole.REVIEWER)));
        Dashboard before = dashboard.today();
        Applicants.signedInAndVerified("郑今日");
        Orders.submittedPersonalOrder("郑今日");
        Callers.signIn(Caller.staff("dashboard-it", Set.of(StaffRole.REVIEWER)));
        Dashboard after = dashboard.today();
        List<Dashboard.DayCount> days = after.applicationsPerDay();
        assertEquals(14, days.size());
        assertEquals(ServiceZone.dayOf(Instant.now()), days.get(13).day(), "the fortnight ends today");
        assertEquals(before.applicationsPerDay().get(13).applications() + 1, days.get(13).applications());
        assertEquals(before.applicationsPerDay().subList(0, 13), days.subList(0, 13), "the days before are as they were");
        assertEquals(before.ordersByStatus().get(OrderStatus.AWAITING_PAYMENT) + 1,
                after.ordersByStatus().get(OrderStatus.AWAITING_PAYMENT));
    }

    private void assertFinishedCountsTrue(String when) {
        Map<OrderStatus, Long> shown = finishedOrders.byStatus();
        for (OrderStatus status : FinishedOrders.FINAL) {
            assertEquals(server.entityManager().createQuery("SELECT COUNT(o) FROM SealOrder o WHERE o.status = :status",
                    Long.class).setParameter("status", status).getSingleResult(), shown.get(status), status + " " + when);
        }
    }

    private StaffUserView member(String username) {
        return staff.members().stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow();
    }

    /** A change made past this server's persistence unit, as another server's would be. */
    private static void asAnotherServer(String update, Object key) throws Exception {
        DataSource database = InitialContext.doLookup("jdbc/sealdesk");
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setObject(1, key);
            assertEquals(1, statement.executeUpdate());
        }
    }
}
