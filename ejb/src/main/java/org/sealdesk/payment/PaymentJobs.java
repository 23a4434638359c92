package org.sealdesk.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.Origin;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;
import org.sealdesk.platform.JobClaims;

/**
 * Every {@code sealdesk.payment.reconcile-interval}, on one server ({@link JobClaims}): asks the gateway about pending
 * payments (a notification may have been lost) and closes orders unpaid past
 * {@code sealdesk.payment.unpaid-order-timeout}. Each payment and order in its own transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentJobs {

    static final String JOB = "payment-jobs";
    private static final Logger LOG = Logger.getLogger(PaymentJobs.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Origin origin;

    @Inject
    PaymentSettlement settlement;

    @Inject
    JobClaims claims;

    @Inject
    PaymentGateway gateway;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.payment.reconcile-interval", defaultValue = "PT1M")
    Duration interval;

    @Inject
    UnpaidOrderLimit unpaidLimit;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
        LOG.info(() -> "SealDesk payments: gateway " + gateway.describe() + "; reconciliation every " + interval
                + ", unpaid orders close after " + unpaidLimit.timeout());
    }

    /** Every server's timer fires; one server per due time runs the jobs. */
    @Timeout
    void scheduled() {
        if (claims.claim(JOB, interval)) {
            run();
        }
    }

    /**
     * One run: when this server claimed the due time, or by a test that has moved the clock. A run still going
     * makes this one a no-op.
     */
    public void run() {
        origin.from(JOB);
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still going
        }
        try {
            Instant now = clock.instant();
            List<String> pending = em.createNamedQuery("Payment.pendingSince", Payment.class)
                    .setParameter("since", Utc.of(now)).getResultStream().map(Payment::getOutTradeNo).toList();
            pending.forEach(this::reconcile);
            em.createNamedQuery("SealOrder.awaitingPaymentSince", Long.class)
                    .setParameter("submittedBefore", Utc.of(now.minus(unpaidLimit.timeout())))
                    .getResultList().forEach(this::close);
        } finally {
            running.set(false);
        }
    }

    private void reconcile(String outTradeNo) {
        try {
            settlement.reconcile(outTradeNo);
        } catch (GatewayException | EJBException | RuleViolation e) {
            LOG.log(Level.WARNING, "Reconciliation of " + outTradeNo + " failed; trying again next run", e);
        }
    }

    private void close(Long orderId) {
        try {
            settlement.closeIfOverdue(orderId);
        } catch (GatewayException | EJBException | RuleViolation e) {
            LOG.log(Level.WARNING, "Closing unpaid order " + orderId + " failed; trying again next run", e);
        }
    }
}
