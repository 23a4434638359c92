package org.sealdesk.renewal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.account.Account;
import org.sealdesk.account.AccountService;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.Orders;
import org.sealdesk.order.PriceLine;
import org.sealdesk.order.PriceTable;
import org.sealdesk.order.SealOrder;
import org.sealdesk.production.Production;
import org.sealdesk.production.ProductionStep;
import org.sealdesk.production.Productions;
import org.sealdesk.production.UkeyAttempts;
import org.sealdesk.production.UkeySlots;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.Seals;
import org.sealdesk.staff.Roles;
import org.sealdesk.token.KeyAlgorithm;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Tickets.Operation;

/**
 * Renewal (续期, manual 1.3.2), from the holder's side. Offered while a seal's certificate is within the renewal
 * window; one order renews every active seal on that ukey (an enterprise's unit seal and its legal representative's
 * seal together) for the years bought, paid like an application. Then the holder's page drives the connector on
 * their PC, one attempt at a time: each seal's current key signs the server's challenge (the ukey itself is here),
 * a new key pair beside the old, its certificate (from now to the old end plus the years) and the seal re-made to
 * list it, both written and read back — the connector then removes the old key. The old certificate is not
 * revoked (documents stamped with it keep verifying until it expires); it and its seal are marked superseded.
 * A failed attempt is ended like a failed production and the next one starts afresh, without paying again.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class RenewalService {

    /** What renewing the ukey that holds a seal means: its seals, when the window opens and closes, the prices. */
    public record Offer(String ukeySerial, List<String> esIds, Instant validTo, Instant opens, Instant closes,
            boolean open, List<PriceLine> prices) {
    }

    /** What the page needs to run an attempt: the ukey to find, and per seal its slot and key algorithm. */
    public record Started(int attempt, String serial, List<Slot> slots) {
    }

    public record Slot(String slot, String type, String algorithm) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Seals seals;

    @Inject
    HeldSeals held;

    @Inject
    Orders orders;

    @Inject
    Productions productions;

    @Inject
    PriceTable prices;

    @Inject
    UkeyAttempts attempts;

    @Inject
    CertificateRevocation revocation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @EJB
    CertificateIssuance issuance;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "sealdesk.renewal.opens-before", defaultValue = "P60D")
    Duration opensBefore;

    @Inject
    @ConfigProperty(name = "sealdesk.renewal.closes-after", defaultValue = "P30D")
    Duration closesAfter;

    private RenewalWindow window;

    @PostConstruct
    void init() {
        window = new RenewalWindow(opensBefore, closesAfter);
    }

    /** @throws RuleViolation seal.notFound for a seal not the caller's, or not active */
    public Offer offer(String esId) {
        List<Seal> onUkey = held.onUkeyOf(esId, accounts.signedIn().getId());
        Instant validTo = onUkey.stream().map(Seal::getValidTo).min(Comparator.naturalOrder()).orElseThrow();
        return new Offer(onUkey.get(0).getUkeySerial(), onUkey.stream().map(Seal::getEsId).toList(), validTo,
                window.opens(validTo), window.closes(validTo), window.contains(clock.instant(), validTo),
                prices.options(OrderKind.RENEWAL));
    }

    /**
     * Orders the renewal of every active seal on the ukey that holds {@code esId}, for {@code years}.
     *
     * @return the order's number; it awaits payment
     * @throws RuleViolation seal.notFound, renewal.notReceived (确认收货 first), renewal.outsideWindow (with the
     *     window's dates), heldSeal.alreadyOrdered (with that order's number), order.years.unavailable
     */
    public String order(String esId, int years) {
        Account applicant = accounts.signedIn();
        List<Seal> onUkey = held.onUkeyOf(esId, applicant.getId());
        Instant now = clock.instant();
        for (Seal seal : onUkey) {
            if (em.find(Certificate.class, seal.getCertificateId()).getStatus() != CertificateStatus.VALID) {
                throw new RuleViolation("renewal.notReceived");
            }
            if (!window.contains(now, seal.getValidTo())) {
                throw new RuleViolation("renewal.outsideWindow", ServiceZone.dayOf(window.opens(seal.getValidTo())),
                        ServiceZone.dayOf(window.closes(seal.getValidTo())));
            }
        }
        return held.order(OrderKind.RENEWAL, applicant.getId(), caller(), onUkey, years,
                prices.price(OrderKind.RENEWAL, years), null);
    }

    /**
     * A new attempt on the paid order: an unfinished earlier one is ended first.
     *
     * @throws RuleViolation order.notFound (not the caller's), heldSeal.notAwaiting, heldSeal.notActive
     */
    public Started start(String number) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        List<Seal> renewed = held.of(order);
        int attempt = productions.latest(order.getId()).map(previous -> {
            attempts.end(order, previous, "renewal.restarted", caller());
            return previous.getAttempt() + 1;
        }).orElse(1);
        String serial = renewed.get(0).getUkeySerial();
        em.persist(Production.online(order.getId(), attempt, caller(), serial, clock.instant()));
        audit.success(caller(), "renewal.start", number, "attempt " + attempt + " on ukey " + serial);
        return new Started(attempt, serial, renewed.stream().map(seal -> new Slot(UkeySlots.of(seal.getType()).pathName(),
                seal.getType().name(), algorithm(em.find(Certificate.class, seal.getCertificateId())).name())).toList());
    }

    /**
     * A ticket for the attempt's next connector operation on the holder's ukey; the holder types the PIN, so the
     * ticket carries none.
     *
     * @param operationName CHALLENGE (first, per seal), then KEY_PAIR, CERTIFICATE and SEAL
     * @throws RuleViolation production.attemptOver when the attempt is not at that step any more
     */
    public String ticket(String number, int attempt, String operationName, String slot) {
        Operation operation = UkeyAttempts.operation(operationName);
        SealOrder order = awaiting(number, LockModeType.NONE);
        Production production = productions.current(order.getId(), attempt, LockModeType.NONE);
        if (operation == Operation.CHALLENGE) {
            production.requireAt(ProductionStep.PRESENCE);
        } else if (operation == Operation.KEY_PAIR || operation == Operation.CERTIFICATE
                || operation == Operation.SEAL) {
            production.requireAt(ProductionStep.SEALS);
        } else {
            throw new RuleViolation("production.attemptOver");
        }
        return attempts.ticket(order, production, operation, UkeyAttempts.slotOf(order, slot), null, Map.of());
    }

    /**
     * Each seal's current key signed its CHALLENGE ticket's challenge: the ukey holding the seals is here, not just
     * its serial. Otherwise the attempt ends.
     *
     * @param signatures base64, by slot
     * @throws RuleViolation renewal.presenceNotProven, production.attemptOver
     */
    public void present(String number, int attempt, String origin, Map<String, String> signatures) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        Production production = productions.current(order.getId(), attempt, LockModeType.NONE);
        production.requireAt(ProductionStep.PRESENCE);
        boolean proven = held.of(order).stream().allMatch(seal -> {
            SealSlot slot = UkeySlots.of(seal.getType());
            return attempts.proves(em.find(Certificate.class, seal.getCertificateId()).getDer(),
                    attempts.challenge(origin, order, attempt, Operation.CHALLENGE, slot),
                    signatures.get(slot.pathName()));
        });
        if (!proven) {
            attempts.end(order, production, "renewal.presenceNotProven", caller());
            throw new RuleViolation("renewal.presenceNotProven");
        }
        production.presenceProven();
        audit.success(caller(), "renewal.present", number, "attempt " + attempt + ": ukey "
                + production.getUkeySerial() + " signed the challenge");
    }

    /**
     * Certifies the new key the ukey made for a seal and re-makes the seal; outside a transaction, as issuance signs.
     *
     * @throws RuleViolation as {@link CertificateIssuance#renew} does, or production.attemptOver
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UkeyAttempts.Made issue(String number, int attempt, String slot, byte[] certificationRequest) {
        SealOrder order = awaiting(number, LockModeType.NONE);
        return attempts.issue(order, attempt, slot, certificationRequest, issuance::renew);
    }

    /**
     * Every new seal written and read back as issued, with the connector's proofs: the new seals and certificates
     * take over, the old ones are marked superseded (not revoked), and the order is completed. A mismatch ends the
     * attempt.
     *
     * @throws RuleViolation production.readBackMismatch, production.attemptOver
     */
    public void complete(String number, int attempt, String origin, List<UkeyAttempts.Written> written) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        Production production = attempts.readBack(order, attempt, origin, written, caller());
        Instant now = clock.instant();
        for (Seal old : held.of(order)) {
            em.lock(old, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            old.supersede(order.getId(), now);
            em.find(Certificate.class, old.getCertificateId()).supersede(now);
        }
        List<Seal> made = seals.ofAttempt(order.getId(), attempt);
        for (Seal seal : made) {
            seal.activate(production.getUkeySerial(), now);
            revocation.release(em.find(Certificate.class, seal.getCertificateId()), caller(), number);
        }
        production.succeed(now);
        order.completeOnlineUpdate(now);
        audit.success(caller(), "renewal.complete", number, "attempt " + attempt + ": ukey "
                + production.getUkeySerial() + ", seals " + made.stream().map(Seal::getEsId).toList());
    }

    /** The page reports a failed step (in Chinese, as the holder saw it): the attempt ends. */
    public void fail(String number, int attempt, String why) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        attempts.end(order, productions.current(order.getId(), attempt, LockModeType.NONE), why, caller());
    }

    private SealOrder awaiting(String number, LockModeType lock) {
        return held.awaiting(number, accounts.signedIn().getId(), OrderKind.RENEWAL, lock);
    }

    /** The renewed key is made like the old one. */
    private static KeyAlgorithm algorithm(Certificate certificate) {
        return switch (certificate.getKeyAlgorithm()) {
            case "SM2" -> KeyAlgorithm.SM2;
            case "EC-P256" -> KeyAlgorithm.EC_P256;
            default -> KeyAlgorithm.RSA_2048;
        };
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
