package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.platform.JobClaims;
import org.sealdesk.platform.JobSchedule;
import org.sealdesk.service.clock.TestClock;

/** Periodic jobs run once across servers: schedulers of two servers over one database, one run per due time. */
@ExtendWith(ArquillianExtension.class)
class JobClaimServiceIT {

    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final int SERVERS = 2;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    JobClaims claims;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void twoServersSchedulersRunAJobOncePerDueTime() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        em.persist(new JobSchedule(job, Instant.now()));
        transaction.commit();
        for (int due = 1; due <= 12; due++) {
            CountDownLatch tick = new CountDownLatch(1);
            List<Future<Boolean>> schedulers = new ArrayList<>();
            for (int server = 0; server < SERVERS; server++) {
                schedulers.add(executor.submit(() -> {
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
}
