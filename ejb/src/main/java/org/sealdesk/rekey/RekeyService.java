package org.sealdesk.rekey;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sealdesk.account.AccountService;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.common.RuleViolation;
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
 * Rekeying the holder's own ukey online, for a paid renewal (续期, manual 1.3.2) or an approved change (变更, manual
 * 1.3.3): the holder's page drives the connector on their PC, one attempt at a time. Each seal's current key signs
 * the server's challenge (the ukey itself is here), a new key pair beside the old, its certificate (a renewal's from
 * now to the old end plus the years; a change's naming who the application names now, until the old end) and the
 * seal re-made to list it, both written and read back — the connector then removes the old key. A failed attempt is
 * ended like a failed production and the next one starts afresh, without paying again.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class RekeyService {

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
    Productions productions;

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

    /**
     * A new attempt on the paid (a change: approved) order: an unfinished earlier one is ended first.
     *
     * @throws RuleViolation order.notFound (not the caller's), heldSeal.notAwaiting, heldSeal.notActive
     */
    public Started start(String number) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        List<Seal> onUkey = held.of(order);
        int attempt = attempts.next(order, "rekey.restarted", caller());
        String serial = onUkey.get(0).getUkeySerial();
        em.persist(Production.online(order.getId(), attempt, caller(), serial, clock.instant()));
        audit.success(caller(), "rekey.start", number, "attempt " + attempt + " on ukey " + serial);
        return new Started(attempt, serial, onUkey.stream().map(seal -> new Slot(UkeySlots.of(seal.getType()).pathName(),
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
     * @throws RuleViolation rekey.presenceNotProven, production.attemptOver
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
            attempts.end(order, production, "rekey.presenceNotProven", caller());
            throw new RuleViolation("rekey.presenceNotProven");
        }
        production.presenceProven();
        audit.success(caller(), "rekey.present", number, "attempt " + attempt + ": ukey "
                + production.getUkeySerial() + " signed the challenge");
    }

    /**
     * Certifies the new key the ukey made for a seal and re-makes the seal; outside a transaction, as issuance signs.
     *
     * @throws RuleViolation as {@link CertificateIssuance#rekey} does, or production.attemptOver
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UkeyAttempts.Made issue(String number, int attempt, String slot, byte[] certificationRequest) {
        SealOrder order = awaiting(number, LockModeType.NONE);
        return attempts.issue(order, attempt, slot, certificationRequest, issuance::rekey);
    }

    /**
     * Every new seal written and read back as issued, with the connector's proofs: the new seals and certificates
     * take over, the old ones are marked superseded — after a change their certificates are revoked too (superseded)
     * — and the order is completed. A mismatch ends the attempt.
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
            Certificate replaced = em.find(Certificate.class, old.getCertificateId());
            replaced.supersede(now);
            if (order.getKind().revokesReplaced()) {
                revocation.revoke(replaced, RevocationReason.SUPERSEDED, caller(), number);
            }
        }
        List<Seal> made = seals.ofAttempt(order.getId(), attempt);
        for (Seal seal : made) {
            seal.activate(production.getUkeySerial(), now);
            revocation.release(em.find(Certificate.class, seal.getCertificateId()), caller(), number);
        }
        production.succeed(now);
        order.completeOnlineUpdate(now);
        audit.success(caller(), "rekey.complete", number, "attempt " + attempt + ": ukey "
                + production.getUkeySerial() + ", seals " + made.stream().map(Seal::getEsId).toList());
    }

    /** The page reports a failed step (in Chinese, as the holder saw it): the attempt ends. */
    public void fail(String number, int attempt, String why) {
        SealOrder order = awaiting(number, LockModeType.PESSIMISTIC_WRITE);
        attempts.end(order, productions.current(order.getId(), attempt, LockModeType.NONE), why, caller());
    }

    private SealOrder awaiting(String number, LockModeType lock) {
        return held.awaitingRekeying(number, accounts.signedIn().getId(), lock);
    }

    /** The new key is made like the old one. */
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
