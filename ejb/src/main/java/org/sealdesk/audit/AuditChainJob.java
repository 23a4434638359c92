package org.sealdesk.audit;

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

/**
 * Every {@code sealdesk.audit.chain-interval} (a second), on every server: chains the audit rows written since. No
 * job claim is needed — the chain head's lock lets one server chain at a time, and the others find nothing left —
 * and a server that stops leaves its rows to the others.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainJob {

    private static final Logger LOG = Logger.getLogger(AuditChainJob.class.getName());

    @Resource
    TimerService timers;

    @EJB
    AuditChainer chainer;

    @Inject
    @ConfigProperty(name = "sealdesk.audit.chain-interval", defaultValue = "PT1S")
    Duration interval;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("audit-chain", false));
        LOG.info(() -> "SealDesk audit chain: rows written are chained every " + interval);
    }

    @Timeout
    void scheduled() {
        chainer.chainAll();
    }
}
