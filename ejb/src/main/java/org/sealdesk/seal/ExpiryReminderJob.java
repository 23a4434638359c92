package org.sealdesk.seal;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.JobClaims;

/**
 * Every {@code sealdesk.reminders.check-interval} (an hour), on one server ({@link JobClaims}): texts the holders
 * of certificates that reach a reminder step (60, 30, 7 days before expiry). Each holder's reminders are one
 * transaction; one the provider refuses is tried again at the next run.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryReminderJob {

    static final String JOB = "expiry-reminders";
    private static final int PER_STEP = 500;
    private static final Logger LOG = Logger.getLogger(ExpiryReminderJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobClaims claims;

    @EJB
    ExpiryReminders reminders;

    @Inject
    @ConfigProperty(name = "sealdesk.reminders.check-interval", defaultValue = "PT1H")
    Duration interval;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
        LOG.info(() -> "SealDesk expiry reminders: " + ExpiryReminders.STEPS + " days ahead, checked every "
                + interval);
    }

    @Timeout
    void scheduled() {
        if (claims.claim(JOB, interval.minusMillis(interval.toMillis() / 10))) {
            run();
        }
    }

    /** Sends the reminders due now, nearest step first (at most a run's worth per step). @return texts sent */
    public int run() {
        int sent = 0;
        for (int daysBefore : ExpiryReminders.STEPS) {
            for (ExpiryReminders.Due due : reminders.due(daysBefore, PER_STEP)) {
                try {
                    reminders.remind(due);
                    sent++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Expiry reminder to account " + due.accountId() + " not sent; next run"
                            + " tries again", e);
                }
            }
        }
        return sent;
    }
}
