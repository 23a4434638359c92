package org.sealdesk.ca;

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
 * Every {@code sealdesk.crl.check-interval} (30 s: a revocation reaches the CRL within a minute), on one server
 * ({@link JobClaims}): publishes each issuing CA's CRL when it is due. The first run follows the start (after the
 * schema's migration) at once.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RevocationListJob {

    static final String JOB = "crl-publication";
    private static final Logger LOG = Logger.getLogger(RevocationListJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobClaims claims;

    @EJB
    RevocationLists lists;

    @Inject
    @ConfigProperty(name = "sealdesk.crl.check-interval", defaultValue = "PT30S")
    Duration interval;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(1, interval.toMillis(), new TimerConfig(JOB, false));
        LOG.info(() -> "SealDesk CRLs: checked every " + interval);
    }

    @Timeout
    void scheduled() {
        if (claims.claim(JOB, interval.minusMillis(interval.toMillis() / 10))) {
            for (CaFamily family : CaFamily.values()) {
                lists.publishIfDue(family);
            }
        }
    }
}
