package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditLog;

/**
 * Figures, not assertions (but the chain must be intact at the end): audited actions per second in the server on
 * PostgreSQL as concurrent writers grow, each action one transaction that writes its audit record and then works on
 * for 1 or 10 ms before committing, as a service does after its audit call. Run by bench/audit.sh; see
 * docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
class AuditInServerBenchmark {

    private static final int[] WRITERS = {1, 4, 16, 32};
    private static final int[] WORK_MS = {1, 10};
    private static final long WARM_UP_MS = 1_000;
    private static final long MEASURED_MS = 4_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.ear();
    }

    @Inject
    AuditLog audit;

    @Test
    void printsAuditedActionsPerSecond() throws Exception {
        StringBuilder table = new StringBuilder(String.format(
                "%nAudited actions per second in the server on PostgreSQL, Java %s, %d cores%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        table.append(String.format("%-28s", "work after the audit call"));
        for (int writers : WRITERS) {
            table.append(String.format(" %12s", writers + " writers"));
        }
        table.append('\n');
        for (int work : WORK_MS) {
            table.append(String.format("%-28s", work + " ms"));
            for (int writers : WRITERS) {
                table.append(String.format(" %12.0f", actionsPerSecond(writers, work)));
            }
            table.append('\n');
        }
        long started = System.nanoTime();
        AuditChain.Verification chain = audit.verify();
        table.append(String.format("chain verified: %s, %,d rows in %d ms%n", chain.intact() ? "intact" : chain,
                chain.rowsChecked(), (System.nanoTime() - started) / 1_000_000L));
        Path file = Path.of(System.getProperty("sealdesk.bench.report")).resolveSibling("audit.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
        assertTrue(chain.intact(), chain.toString());
    }

    private double actionsPerSecond(int writers, int workMillis) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong actions = new AtomicLong();
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int writer = i;
            tasks.add(ServerResources.executor().submit(() -> {
                UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
                while (running.get()) {
                    transaction.begin();
                    audit.success("bench-" + writer, "bench.action", "writer " + writer, null);
                    Thread.sleep(workMillis);
                    transaction.commit();
                    if (measuring.get()) {
                        actions.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(WARM_UP_MS);
        measuring.set(true);
        Thread.sleep(MEASURED_MS);
        measuring.set(false);
        running.set(false);
        for (Future<?> task : tasks) {
            task.get();
        }
        return actions.get() * 1000.0 / MEASURED_MS;
    }
}
