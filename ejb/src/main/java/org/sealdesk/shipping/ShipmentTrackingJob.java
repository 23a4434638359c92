package org.sealdesk.shipping;

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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.JobClaims;

/**
 * Every {@code sealdesk.shipping.tracking-interval} (30 minutes), on one server ({@link JobClaims}): asks the courier
 * about the parcels still out whose routes are older than the interval, in case a push was lost. Does nothing with
 * the built-in courier, which cannot be asked.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShipmentTrackingJob {

    static final String JOB = "shipment-tracking";
    private static final int PER_RUN = 500;
    private static final Logger LOG = Logger.getLogger(ShipmentTrackingJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobClaims claims;

    @Inject
    Courier courier;

    @EJB
    ShipmentTracking tracking;

    @Inject
    @ConfigProperty(name = "sealdesk.shipping.tracking-interval", defaultValue = "PT30M")
    Duration interval;

    @PostConstruct
    void schedule() {
        if (courier.makesWaybills()) {
            timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
            LOG.info(() -> "SealDesk parcels: routes asked for every " + interval);
        }
    }

    @Timeout
    void scheduled() {
        if (claims.claim(JOB, interval.minusMillis(interval.toMillis() / 10))) {
            run();
        }
    }

    /** Asks about every parcel whose route is older than the interval (at most a run's worth). */
    public int run() {
        int asked = 0;
        for (Waybill waybill : tracking.stale(interval, PER_RUN)) {
            if (tracking.track(waybill)) {
                asked++;
            }
        }
        return asked;
    }
}
