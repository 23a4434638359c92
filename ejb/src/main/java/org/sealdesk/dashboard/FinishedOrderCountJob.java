package org.sealdesk.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.JobClaims;

/**
 * Every {@code sealdesk.dashboard.count-interval} (a quarter of an hour), on one server ({@link JobClaims}): adds
 * the orders that finished since to the dashboard's kept counts, so that it never reads more than that interval's
 * finished orders.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FinishedOrderCountJob {

    static final String JOB = "finished-order-count";

    @Resource
    TimerService timers;

    @Inject
    JobClaims claims;

    @EJB
    FinishedOrders finished;

    @Inject
    @ConfigProperty(name = "sealdesk.dashboard.count-interval", defaultValue = "PT15M")
    Duration interval;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
    }

    @Timeout
    void scheduled() {
        if (claims.claim(JOB, interval.minusMillis(interval.toMillis() / 10))) {
            run();
        }
    }

    /** Counts every order finished since the last run. @return orders counted */
    public int run() {
        int counted = 0;
        int batch;
        do {
            batch = finished.countFinished();
            counted += batch;
        } while (batch == FinishedOrders.BATCH);
        return counted;
    }
}
