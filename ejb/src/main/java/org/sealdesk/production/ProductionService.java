package org.sealdesk.production;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificateIssuance;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderRecords;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.order.SealRequest;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.Seals;
import org.sealdesk.staff.Roles;
import org.sealdesk.token.KeyAlgorithm;
import org.sealdesk.token.Pins;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.ukey.Ukey;
import org.sealdesk.ukey.UkeyState;
import org.sealdesk.ukey.Ukeys;

/**
 * Production (manual 1.2.8) from the producer's side: the queue, and one attempt at a time on one order while the
 * producer's page drives the connector — initialise the blank ukey with PINs the server made (carried in tickets,
 * never shown), then per seal a key pair, its certificate and seal, written and read back; the server compares what
 * was read back with what it issued and checks the connector's proof before the order moves on to shipping.
 * A failed attempt is ended: its certificates revoked (superseded), its seals discarded; the next starts afresh.
 */
@Stateless
@RolesAllowed(Roles.PRODUCER)
public class ProductionService {

    /** What the page needs to run an attempt: the ukey's label, its seals' slots, the key algorithm. */
    public record Started(int attempt, String label, List<String> slots, String algorithm) {
    }

    private static final int QUEUE_SIZE = 200;
    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Productions productions;

    @Inject
    Seals seals;

    @Inject
    OrderRecords records;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    UkeyAttempts attempts;

    @Inject
    CertificateRevocation revocation;

    @Inject
    Ukeys ukeys;

    @EJB
    CertificateIssuance issuance;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "sealdesk.production.key-algorithm", defaultValue = "RSA_2048")
    KeyAlgorithm keyAlgorithm;

    /** Orders awaiting production, oldest application first. */
    public List<ProductionQueueRow> queue() {
        Instant now = clock.instant();
        return orders.inStatusOldestFirst(OrderStatus.AWAITING_PRODUCTION, QUEUE_SIZE).stream().map(order -> new ProductionQueueRow(
                order.getNumber().value(), order.getKind(), order.holderName(),
                order.getSeals().stream().map(SealRequest::getType).toList(), order.getSubmittedAt(),
                Duration.between(order.getSubmittedAt(), now).toMinutes(),
                ServiceZone.dayOf(order.getSubmittedAt()).isBefore(ServiceZone.dayOf(now)))).toList();
    }

    /** The order to produce, as the page shows it. */
    public OrderView open(String number) {
        return records.view(order(number, LockModeType.NONE));
    }

    /**
     * A new attempt: an unfinished earlier one is ended first.
     *
     * @throws RuleViolation production.notAwaiting
     */
    public Started start(String number) {
        SealOrder order = order(number, LockModeType.PESSIMISTIC_WRITE);
        if (order.getStatus() != OrderStatus.AWAITING_PRODUCTION) {
            throw new RuleViolation("production.notAwaiting");
        }
        int attempt = attempts.next(order, "production.restarted", caller());
        em.persist(Production.start(order.getId(), attempt, caller(), cipher.encrypt(Pins.randomDigits(12),
                Ukey.PIN_CONTEXT), cipher.encrypt(Pins.randomDigits(8), Ukey.PIN_CONTEXT), clock.instant()));
        audit.success(caller(), "production.start", number, "attempt " + attempt);
        return new Started(attempt, number, order.getSeals().stream()
                .map(seal -> UkeySlots.of(seal.getType()).pathName()).toList(), keyAlgorithm.name());
    }

    /**
     * A ticket for the attempt's next connector operation, its PINs encrypted to the connector's one-time key.
     *
     * @param operationName INITIALISE, KEY_PAIR, CERTIFICATE or SEAL
     * @param slot the seal's slot (unit, legal-rep, personal); null to initialise
     * @throws RuleViolation production.attemptOver when the attempt is not at that step any more
     */
    public String ticket(String number, int attempt, String operationName, String slot, byte[] exchangeKey) {
        Operation operation = UkeyAttempts.operation(operationName);
        SealOrder order = order(number, LockModeType.NONE);
        Production production = productions.current(order.getId(), attempt, LockModeType.NONE);
        Map<Secret, String> secrets = new EnumMap<>(Secret.class);
        secrets.put(Secret.USER_PIN, cipher.decrypt(production.getUserPinCipher(), Ukey.PIN_CONTEXT));
        SealSlot sealSlot = null;
        if (operation == Operation.INITIALISE) {
            production.requireAt(ProductionStep.INITIALISE);
            secrets.put(Secret.SO_PIN, cipher.decrypt(production.getSoPinCipher(), Ukey.PIN_CONTEXT));
        } else if (operation == Operation.KEY_PAIR || operation == Operation.CERTIFICATE
                || operation == Operation.SEAL) {
            production.requireAt(ProductionStep.SEALS);
            sealSlot = UkeyAttempts.slotOf(order, slot);
        } else {
            throw new RuleViolation("production.attemptOver");
        }
        return attempts.ticket(order, production, operation, sealSlot, exchangeKey, secrets);
    }

    /** The blank ukey was initialised and reported its serial: later tickets name it. */
    public void initialised(String number, int attempt, String serial, String model) {
        SealOrder order = order(number, LockModeType.NONE);
        productions.current(order.getId(), attempt, LockModeType.OPTIMISTIC_FORCE_INCREMENT).initialised(serial, model);
        audit.success(caller(), "production.initialised", number, "attempt " + attempt + ": ukey " + serial);
    }

    /**
     * Certifies the key the ukey made for a seal and makes the seal; outside a transaction, as issuance signs.
     *
     * @throws RuleViolation as {@link CertificateIssuance#issue} does, or production.attemptOver
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UkeyAttempts.Made issue(String number, int attempt, String slot, byte[] certificationRequest) {
        SealOrder order = order(number, LockModeType.NONE);
        return attempts.issue(order, attempt, slot, certificationRequest, issuance::issue);
    }

    /**
     * Every seal written and read back: the read-back bytes must be what was issued, and each proof the seal key's
     * signature over the challenge of that seal's SEAL ticket. Then the ukey is recorded, the seals are its, and the
     * order awaits shipment. A mismatch ends the attempt.
     *
     * @param origin the page's origin, which the connector put into the challenges
     * @throws RuleViolation production.readBackMismatch, production.attemptOver
     */
    public void complete(String number, int attempt, String origin, List<UkeyAttempts.Written> written) {
        SealOrder order = order(number, LockModeType.PESSIMISTIC_WRITE);
        Production production = attempts.readBack(order, attempt, origin, written, caller());
        List<Seal> made = seals.ofAttempt(order.getId(), attempt);
        Instant now = clock.instant();
        production.succeed(now);
        made.forEach(seal -> seal.activate(production.getUkeySerial(), now));
        replaceHeld(order, now);
        em.persist(Ukey.produced(production.getUkeySerial(), production.getUkeyModel(), production.getSoPinCipher(),
                production.getUserPinCipher(), order.getId(), now));
        order.markProduced(caller(), now);
        audit.success(caller(), "production.complete", number, "attempt " + attempt + ": ukey "
                + production.getUkeySerial() + ", seals " + made.stream().map(Seal::getEsId).toList());
    }

    /**
     * A reissue (补办): the new ukey carries the seals the order names in place of the lost or broken one, whose
     * certificates are revoked (keyCompromise: someone else may hold that ukey) and whose serial is retired.
     */
    private void replaceHeld(SealOrder order, Instant now) {
        for (SealRequest request : order.getSeals()) {
            if (request.getSealId() == null) {
                continue;
            }
            Seal old = em.find(Seal.class, request.getSealId(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            old.supersede(order.getId(), now);
            revocation.revoke(em.find(Certificate.class, old.getCertificateId()), RevocationReason.KEY_COMPROMISE,
                    caller(), order.getNumber().value());
            Ukey lost = ukeys.bySerial(old.getUkeySerial(), LockModeType.PESSIMISTIC_WRITE);
            if (lost.getState() != UkeyState.RETIRED) {
                lost.retire();
            }
        }
    }

    /** The page reports a failed step (in Chinese, as the producer saw it): the attempt ends. */
    public void fail(String number, int attempt, String why) {
        SealOrder order = order(number, LockModeType.PESSIMISTIC_WRITE);
        attempts.end(order, productions.current(order.getId(), attempt, LockModeType.NONE), why, caller());
    }

    private SealOrder order(String number, LockModeType lock) {
        return orders.byNumber(OrderNumber.sought(number), lock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
