package org.sealdesk.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;

/**
 * One attempt to make an order's seals on a ukey: who, which step, how it ended, the ukey, and for a new ukey the
 * PINs it was given (encrypted). Staff produce a new ukey (from {@link ProductionStep#INITIALISE}); an applicant
 * renews on the ukey they hold (from {@link ProductionStep#PRESENCE}). A failed attempt is never resumed: the next
 * one starts from the beginning.
 */
@Entity
@Table(name = "production")
@NamedQuery(name = "Production.ofOrder",
        query = "SELECT p FROM Production p WHERE p.orderId = :orderId ORDER BY p.attempt DESC")
public class Production {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "production_seq")
    @SequenceGenerator(name = "production_seq", sequenceName = "production_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false)
    private int attempt;

    @Column(nullable = false, length = 64)
    private String producer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductionStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductionOutcome outcome;

    @Column(length = 300)
    private String failure;

    @Column(name = "ukey_serial", length = 64)
    private String ukeySerial;

    @Column(name = "ukey_model", length = 100)
    private String ukeyModel;

    @Column(name = "so_pin_cipher", length = 200)
    private String soPinCipher;

    @Column(name = "user_pin_cipher", length = 200)
    private String userPinCipher;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Version
    private long version;

    protected Production() {
    }

    private Production(long orderId, int attempt, String actor, ProductionStep first, Instant now) {
        this.orderId = orderId;
        this.attempt = attempt;
        this.producer = actor;
        this.step = first;
        this.outcome = ProductionOutcome.IN_PROGRESS;
        this.startedAt = Utc.of(now);
    }

    /** Attempt {@code attempt} on the order, with the PINs (encrypted) it will give the blank ukey. */
    public static Production start(long orderId, int attempt, String producer, String soPinCipher,
            String userPinCipher, Instant now) {
        Production production = new Production(orderId, attempt, producer, ProductionStep.INITIALISE, now);
        production.soPinCipher = soPinCipher;
        production.userPinCipher = userPinCipher;
        return production;
    }

    /** Attempt {@code attempt} on the holder's own ukey {@code serial}, driven from the holder's browser. */
    public static Production online(long orderId, int attempt, String holder, String serial, Instant now) {
        Production production = new Production(orderId, attempt, holder, ProductionStep.PRESENCE, now);
        production.ukeySerial = serial;
        return production;
    }

    /** Each seal's current key signed the server's challenge: the holder's ukey itself is here. */
    public void presenceProven() {
        requireAt(ProductionStep.PRESENCE);
        step = ProductionStep.SEALS;
    }

    /** The ukey reported its serial after initialising: every later ticket names it. */
    public void initialised(String serial, String model) {
        requireAt(ProductionStep.INITIALISE);
        ukeySerial = serial;
        ukeyModel = model;
        step = ProductionStep.SEALS;
    }

    /** Every seal written and read back. */
    public void succeed(Instant now) {
        requireAt(ProductionStep.SEALS);
        step = ProductionStep.DONE;
        outcome = ProductionOutcome.SUCCEEDED;
        finishedAt = Utc.of(now);
    }

    /** @return whether this call ended it (a finished attempt stays as it ended) */
    public boolean fail(String why, Instant now) {
        if (outcome != ProductionOutcome.IN_PROGRESS) {
            return false;
        }
        outcome = ProductionOutcome.FAILED;
        failure = why.length() > 300 ? why.substring(0, 300) : why;
        finishedAt = Utc.of(now);
        return true;
    }

    /** @throws RuleViolation production.attemptOver when the attempt is not at {@code expected} any more */
    public void requireAt(ProductionStep expected) {
        if (outcome != ProductionOutcome.IN_PROGRESS || step != expected) {
            throw new RuleViolation("production.attemptOver");
        }
    }

    public boolean isInProgress() {
        return outcome == ProductionOutcome.IN_PROGRESS;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getAttempt() {
        return attempt;
    }

    public String getProducer() {
        return producer;
    }

    public ProductionStep getStep() {
        return step;
    }

    public ProductionOutcome getOutcome() {
        return outcome;
    }

    public String getFailure() {
        return failure;
    }

    public String getUkeySerial() {
        return ukeySerial;
    }

    public String getUkeyModel() {
        return ukeyModel;
    }

    public String getSoPinCipher() {
        return soPinCipher;
    }

    public String getUserPinCipher() {
        return userPinCipher;
    }

    public Instant getStartedAt() {
        return Utc.instant(startedAt);
    }

    public Instant getFinishedAt() {
        return finishedAt == null ? null : Utc.instant(finishedAt);
    }
}
