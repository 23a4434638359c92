package org.sealdesk.service;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.audit.AuditFilter;
import org.sealdesk.audit.AuditService;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.dashboard.FinishedOrderCountJob;
import org.sealdesk.dashboard.DashboardService;
import org.sealdesk.finance.FinanceFilter;
import org.sealdesk.finance.FinanceService;
import org.sealdesk.invoice.InvoiceDesk;
import org.sealdesk.production.ProductionService;
import org.sealdesk.review.ReviewFilter;
import org.sealdesk.review.ReviewService;
import org.sealdesk.shipping.ShippingService;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.web.Caller;

/**
 * Figures, not assertions: how long each staff list and the dashboard take in their services, in the server on
 * PostgreSQL, as the history behind the same few thousand waiting orders grows from ten thousand to a million orders
 * ({@link BenchHistory}). What a page adds (rendering, the network) is not included. Run by bench/lists.sh; see
 * docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
class StaffListsInServerBenchmark {

    private static final int[] ORDERS = {10_000, 100_000, 1_000_000};
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;
    private static final int PAGE = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    DashboardService dashboard;

    @Inject
    ReviewService review;

    @Inject
    ProductionService production;

    @Inject
    ShippingService shipping;

    @Inject
    InvoiceDesk invoices;

    @Inject
    FinanceService finance;

    @Inject
    AuditService audit;

    @Inject
    FinishedOrderCountJob finishedCount;

    @Test
    void printsListTimesAsHistoryGrows() throws Exception {
        Callers.signIn(Caller.staff("lists-bench", EnumSet.allOf(StaffRole.class)));
        BenchHistory history = new BenchHistory(InitialContext.doLookup("jdbc/sealdesk"));
        LocalDate today = ServiceZone.dayOf(java.time.Instant.now());
        Map<String, List<String>> figures = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        for (int orders : ORDERS) {
            long started = System.nanoTime();
            history.growTo(orders);
            long loaded = System.nanoTime();
            // The finished orders are counted as the job counts them every quarter of an hour in service.
            int counted = finishedCount.run();
            history.settle();
            report.append(String.format("%,d orders loaded in %d s; %,d finished ones counted by the job in %d ms%n",
                    orders, (loaded - started) / 1_000_000_000L, counted, (System.nanoTime() - loaded) / 1_000_000L));
            measure(figures, "dashboard", () -> dashboard.today());
            measure(figures, "review queue: count and first page", () -> {
                review.queueSize(ReviewFilter.none());
                review.queue(ReviewFilter.none(), 0, PAGE, null, false);
            });
            measure(figures, "review queue: page 40", () -> review.queue(ReviewFilter.none(), 39 * PAGE, PAGE, null,
                    false));
            measure(figures, "production queue", () -> production.queue());
            measure(figures, "shipping queue", () -> shipping.queue());
            measure(figures, "parcels in transit", () -> shipping.inTransit());
            measure(figures, "invoices to issue", () -> invoices.queue());
            measure(figures, "finance: last 30 days, totals and first page", () -> payments(
                    new FinanceFilter(today.minusDays(30), today, null, null)));
            measure(figures, "finance: everything, totals and first page", () -> payments(
                    new FinanceFilter(null, null, null, null)));
            measure(figures, "audit log: count and first page", () -> {
                AuditFilter all = new AuditFilter(null, null, null, null, null, null);
                audit.count(all);
                audit.search(all, 0, PAGE);
            });
        }
        StringBuilder table = report.append(String.format(
                "%nStaff lists in the server on PostgreSQL, ms p50 / p95 of %d calls, Java %s, %d cores%n",
                RUNS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        table.append(String.format("%-40s", "list"));
        for (int orders : ORDERS) {
            table.append(String.format(" %18s", String.format("%,d orders", orders)));
        }
        table.append('\n');
        figures.forEach((list, cells) -> {
            table.append(String.format("%-40s", list));
            cells.forEach(cell -> table.append(String.format(" %18s", cell)));
            table.append('\n');
        });
        Path file = Path.of(System.getProperty("sealdesk.bench.report")).resolveSibling("lists.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
    }

    private void payments(FinanceFilter filter) {
        finance.report(filter);
        finance.rows(filter, 0, PAGE);
    }

    private static void measure(Map<String, List<String>> figures, String list, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        figures.computeIfAbsent(list, l -> new ArrayList<>()).add(String.format("%.1f / %.1f",
                millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]));
    }
}
