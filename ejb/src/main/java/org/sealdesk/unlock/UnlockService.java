package org.sealdesk.unlock;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.sealdesk.account.AccountService;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.PriceTable;
import org.sealdesk.order.SealOrder;
import org.sealdesk.production.Production;
import org.sealdesk.production.ProductionStep;
import org.sealdesk.production.Productions;
import org.sealdesk.production.UkeyAttempts;
import org.sealdesk.production.UkeySlots;
import org.sealdesk.staff.Roles;
import org.sealdesk.token.Pins;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.ukey.Ukey;
import org.sealdesk.ukey.Ukeys;

/**
 * Unlock (解锁, manual 1.3.5), from the holder's side: an order for the ukey that holds a seal, paid, then the order
 * page drives the connector. The server's UNLOCK ticket carries the ukey's SO PIN and a new one, encrypted to the
 * connector; the connector logs in as security officer, sets the user PIN to 12345678, replaces the SO PIN and
 * proves it by signing the ticket's challenge with each seal's key (under the new user PIN). The server keeps both
 * SO PINs until that proof, then only the new one; the page then has the holder choose a new PIN.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class UnlockService {

    public record Started(int attempt, String serial) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    HeldSeals held;

    @Inject
    Productions productions;

    @Inject
    Ukeys ukeys;

    @Inject
    PriceTable prices;

    @Inject
    UkeyAttempts attempts;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** @throws RuleViolation seal.notFound, order.years.unavailable (no price set) */
    public HeldSeals.Offer offer(String esId) {
        return held.offer(esId, accounts.signedIn().getId(), prices.price(OrderKind.UNLOCK, 1));
    }

    /**
     * Orders the unlock of the ukey that holds {@code esId}.
     *
     * @return the order's number; it awaits payment
     * @throws RuleViolation seal.notFound, heldSeal.alreadyOrdered, order.years.unavailable
     */
    public String order(String esId) {
        long applicant = accounts.signedIn().getId();
        return held.order(OrderKind.UNLOCK, applicant, caller(), held.onUkeyOf(esId, applicant), 1,
                prices.price(OrderKind.UNLOCK, 1), null);
    }

    /**
     * A new attempt on the paid order: an unfinished earlier one is ended first.
     *
     * @throws RuleViolation order.notFound, heldSeal.notAwaiting, heldSeal.notActive
     */
    public Started start(String number) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        String serial = held.of(order).get(0).getUkeySerial();
        int attempt = attempts.next(order, "unlock.restarted", caller());
        em.persist(Production.online(order.getId(), attempt, caller(), serial, clock.instant()));
        audit.success(caller(), "unlock.start", number, "attempt " + attempt + " on ukey " + serial);
        return new Started(attempt, serial);
    }

    /**
     * The UNLOCK ticket for the attempt: the ukey's SO PIN and the next one, readable only with the connector's
     * one-time key {@code exchangeKey}.
     *
     * @throws RuleViolation production.attemptOver, production.connectorKeyInvalid
     */
    public String ticket(String number, int attempt, byte[] exchangeKey) {
        SealOrder order = awaiting(number, LockModeType.NONE);
        Production production = productions.current(order.getId(), attempt, LockModeType.NONE);
        production.requireAt(ProductionStep.PRESENCE);
        Ukey ukey = ukeys.bySerial(production.getUkeySerial(), LockModeType.PESSIMISTIC_WRITE);
        Map<Secret, String> secrets = new EnumMap<>(Secret.class);
        secrets.put(Secret.SO_PIN, cipher.decrypt(ukey.getSoPinCipher(), Ukey.PIN_CONTEXT));
        String next = ukey.nextSoPin(cipher.encrypt(Pins.randomDigits(12), Ukey.PIN_CONTEXT));
        secrets.put(Secret.NEW_SO_PIN, cipher.decrypt(next, Ukey.PIN_CONTEXT));
        audit.success(caller(), "unlock.ticket", number, "attempt " + attempt + " on ukey " + ukey.getSerial());
        return attempts.ticket(order, production, Operation.UNLOCK, null, exchangeKey, secrets);
    }

    /**
     * The connector's proofs that the ukey took the ticket: each seal's key signed the ticket's challenge. Then only
     * the new SO PIN is kept and the order is completed; otherwise the attempt ends.
     *
     * @param proofs base64 signatures, by slot
     * @throws RuleViolation unlock.notProven, production.attemptOver
     */
    public void complete(String number, int attempt, String origin, Map<String, String> proofs) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        Production production = productions.current(order.getId(), attempt, LockModeType.NONE);
        production.requireAt(ProductionStep.PRESENCE);
        byte[] challenge = attempts.challenge(origin, order, attempt, Operation.UNLOCK, null);
        boolean proven = held.of(order).stream().allMatch(seal -> attempts.proves(em.find(Certificate.class,
                seal.getCertificateId()).getDer(), challenge, proofs.get(UkeySlots.of(seal.getType()).pathName())));
        if (!proven) {
            attempts.end(order, production, "unlock.notProven", caller());
            throw new RuleViolation("unlock.notProven");
        }
        Instant now = clock.instant();
        ukeys.bySerial(production.getUkeySerial(), LockModeType.PESSIMISTIC_WRITE).soPinReplaced();
        production.presenceProven();
        production.succeed(now);
        order.completeOnlineUpdate(now);
        audit.success(caller(), "unlock.complete", number, "ukey " + production.getUkeySerial()
                + ": user PIN reset, SO PIN replaced");
    }

    /** The page reports a failed step (in Chinese, as the holder saw it): the attempt ends. */
    public void fail(String number, int attempt, String why) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        attempts.end(order, productions.current(order.getId(), attempt, LockModeType.NONE), why, caller());
    }

    private SealOrder awaiting(String number, LockModeType lock) {
        return held.awaiting(number, accounts.signedIn().getId(), OrderKind.UNLOCK, lock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
