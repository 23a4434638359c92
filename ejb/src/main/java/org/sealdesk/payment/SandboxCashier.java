package org.sealdesk.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.sealdesk.audit.Origin;
import org.sealdesk.common.RuleViolation;

/**
 * The payer's side of the sandbox page: look at a trade, pay it, have its notification sent again.
 * Refused unless the sandbox is the configured gateway. Anyone with the link may pay, as anyone who
 * scans a WeChat Pay code may.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxCashier {

    private static final Logger LOG = Logger.getLogger(SandboxCashier.class.getName());

    @Inject
    Origin origin;

    @Inject
    PaymentGateway gateway;

    @Inject
    SandboxGateway sandbox;

    @Inject
    PaymentSettlement settlement;

    @Inject
    Clock clock;

    public record TradeView(String outTradeNo, String description, String amount, TradeState state, boolean payable) {
    }

    public TradeView trade(String outTradeNo) {
        ensureEnabled();
        SandboxTrade trade = sandbox.trade(outTradeNo);
        return new TradeView(trade.getOutTradeNo(), trade.getDescription(), trade.getAmount().display(), trade.getState(),
                trade.isPayableAt(clock.instant()));
    }

    /** Pays the trade, then notifies SealDesk as WeChat Pay would, through the same verification. */
    public TradeView pay(String outTradeNo) {
        ensureEnabled();
        sandbox.pay(outTradeNo);
        LOG.info(() -> "Sandbox: trade " + outTradeNo + " paid from " + origin.source());
        notifyPaid(outTradeNo);
        return trade(outTradeNo);
    }

    /** WeChat Pay sends a notification again until it is acknowledged; this shows that a repeat changes nothing. */
    public void notifyPaid(String outTradeNo) {
        ensureEnabled();
        settlement.receive(sandbox.notificationFor(outTradeNo));
    }

    private void ensureEnabled() {
        if (!SandboxGateway.NAME.equals(gateway.name())) {
            throw new RuleViolation("sandbox.disabled");
        }
    }
}
