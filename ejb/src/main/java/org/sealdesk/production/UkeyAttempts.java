package org.sealdesk.production;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.SealOrder;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.Seals;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;

/**
 * What every attempt to write seals to a ukey through the connector shares, whoever drives it (the producer on a
 * new ukey, the holder renewing on their own): its tickets and their nonces, the check of what was read back against
 * what was issued, and the end of a failed attempt — its certificates revoked (superseded), its seals discarded.
 */
@ApplicationScoped
public class UkeyAttempts {

    /** What one seal's slot receives: certificate and seal, DER in base64. */
    public record Made(String slot, String certificate, String seal) {
    }

    /** What the page read back from one slot after writing it, and the connector's proof (base64). */
    public record Written(String slot, String proof, String certificate, String seal) {
    }

    /** Production's or renewal's issuance: a certificate for the key in the CSR, and the seal listing it. */
    @FunctionalInterface
    public interface Issuer {
        CertificateIssuance.Issued issue(OrderNumber order, int attempt, SealType type, byte[] certificationRequest);
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Seals seals;

    @Inject
    Certificates certificates;

    @Inject
    Productions productions;

    @Inject
    DataCipher cipher;

    @Inject
    TicketKey ticketKey;

    @Inject
    CertificateRevocation revocation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** @throws RuleViolation production.attemptOver for an operation the connector does not know */
    public static Operation operation(String name) {
        return Arrays.stream(Operation.values()).filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new RuleViolation("production.attemptOver"));
    }

    /** The seal slot {@code slot} names, if the order makes or changes a seal there. @throws RuleViolation production.attemptOver */
    public static SealSlot slotOf(SealOrder order, String slot) {
        SealSlot sealSlot;
        try {
            sealSlot = SealSlot.ofPathName(slot == null ? "" : slot);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("production.attemptOver");
        }
        if (order.getSeals().stream().noneMatch(seal -> UkeySlots.of(seal.getType()) == sealSlot)) {
            throw new RuleViolation("production.attemptOver");
        }
        return sealSlot;
    }

    /**
     * A ticket for one connector operation of the attempt, on its ukey, valid for {@link Tickets#LONGEST}; secrets
     * (if any) encrypted to the connector's one-time key.
     *
     * @throws RuleViolation production.connectorKeyInvalid when secrets are to travel and the key is not a P-256 key
     */
    public String ticket(SealOrder order, Production production, Operation operation, SealSlot slot,
            byte[] exchangeKey, Map<Secret, String> secrets) {
        String number = order.getNumber().value();
        Tickets.Ticket ticket = new Tickets.Ticket(number, production.getAttempt(), operation,
                production.getUkeySerial(), slot, clock.instant().plus(Tickets.LONGEST),
                nonce(number, production.getAttempt(), operation, slot));
        if (secrets.isEmpty()) {
            return ticketKey.issue(ticket);
        }
        PublicKey connectorKey;
        try {
            connectorKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(exchangeKey));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new RuleViolation("production.connectorKeyInvalid");
        }
        return Tickets.issue(ticketKey.privateKey(), ticket, connectorKey, secrets);
    }

    /**
     * Certifies the key the ukey made for the seal in {@code slot} and makes the seal, through {@code issuer}, for the
     * attempt at its seals step; call it outside a transaction, as issuance signs.
     *
     * @throws RuleViolation as the issuer does, or production.attemptOver
     */
    public Made issue(SealOrder order, int attempt, String slot, byte[] certificationRequest, Issuer issuer) {
        productions.current(order.getId(), attempt, LockModeType.NONE).requireAt(ProductionStep.SEALS);
        SealSlot sealSlot = slotOf(order, slot);
        CertificateIssuance.Issued issued = issuer.issue(order.getNumber(), attempt, UkeySlots.typeIn(sealSlot),
                certificationRequest);
        return new Made(sealSlot.pathName(), base64(issued.certificate()), base64(issued.seal()));
    }

    /** The message the connector signed for the ticket of that operation and seal, on a page of {@code origin}. */
    public byte[] challenge(String origin, SealOrder order, int attempt, Operation operation, SealSlot slot) {
        return Tickets.challenge(origin, nonce(order.getNumber().value(), attempt, operation, slot));
    }

    /** Whether {@code signature} is the key of {@code certificateDer} signing that challenge. */
    public boolean proves(byte[] certificateDer, byte[] challenge, String signature) {
        return ProofCheck.holds(certificateDer, challenge, bytes(signature));
    }

    /**
     * The attempt, at its last step, whose seals were all read back as issued with their proofs; otherwise the attempt
     * is ended.
     *
     * @throws RuleViolation production.readBackMismatch, production.attemptOver
     */
    public Production readBack(SealOrder order, int attempt, String origin, List<Written> written, String actor) {
        Production production = productions.current(order.getId(), attempt, LockModeType.NONE);
        production.requireAt(ProductionStep.SEALS);
        if (!readBackHolds(order, attempt, origin, written)) {
            end(order, production, "production.readBackMismatch", actor);
            throw new RuleViolation("production.readBackMismatch");
        }
        return production;
    }

    /**
     * Whether every seal the attempt made was read back as issued — certificate and seal — with each proof the seal
     * key's signature over the challenge of that seal's SEAL ticket.
     */
    private boolean readBackHolds(SealOrder order, int attempt, String origin, List<Written> written) {
        List<Seal> made = seals.ofAttempt(order.getId(), attempt);
        Map<String, Written> bySlot = written.stream().collect(Collectors.toMap(Written::slot, w -> w, (a, b) -> a));
        return made.size() == order.getSeals().size() && made.stream().allMatch(seal -> {
            SealSlot slot = UkeySlots.of(seal.getType());
            Written back = bySlot.get(slot.pathName());
            Certificate certificate = em.find(Certificate.class, seal.getCertificateId());
            return back != null && Arrays.equals(certificate.getDer(), bytes(back.certificate()))
                    && Arrays.equals(seal.getStructureDer(), bytes(back.seal()))
                    && proves(certificate.getDer(), challenge(origin, order, attempt, Operation.SEAL, slot),
                            back.proof());
        });
    }

    /** Ends a failed attempt (once): its certificates revoked (superseded), its seals discarded, audited. */
    /**
     * The number of the order's next attempt; an unfinished earlier one is ended first, with {@code why}.
     */
    public int next(SealOrder order, String why, String actor) {
        return productions.latest(order.getId()).map(previous -> {
            end(order, previous, why, actor);
            return previous.getAttempt() + 1;
        }).orElse(1);
    }

    public void end(SealOrder order, Production production, String why, String actor) {
        Instant now = clock.instant();
        if (!production.fail(why, now)) {
            return;
        }
        for (Certificate certificate : certificates.ofAttempt(order.getId(), production.getAttempt())) {
            revocation.revoke(certificate, RevocationReason.SUPERSEDED, actor, order.getNumber().value());
        }
        seals.ofAttempt(order.getId(), production.getAttempt()).stream()
                .filter(seal -> seal.getStatus() == SealStatus.MADE).forEach(seal -> seal.discard(now));
        audit.success(actor, "production.fail", order.getNumber().value(), "attempt " + production.getAttempt()
                + ": " + why + "; its certificates revoked (superseded)");
    }

    /** One nonce per attempt, operation and seal, so the server knows the challenge a proof must sign. */
    private String nonce(String number, int attempt, Operation operation, SealSlot slot) {
        return cipher.keyedHash("production.ticket-nonce", number + "/" + attempt + "/" + operation + "/"
                + (slot == null ? "-" : slot.pathName())).substring(0, 32);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(String base64) {
        try {
            return base64 == null ? new byte[0] : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
