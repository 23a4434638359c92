package org.sealdesk.ukey;

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
import org.sealdesk.common.Utc;

/**
 * A ukey SealDesk produced: its serial and model, its state, and its PINs encrypted with the data key (the SO PIN
 * for unlocking, the first user PIN until the applicant has been sent it). PINs are never shown.
 */
@Entity
@Table(name = "ukey")
@NamedQuery(name = "Ukey.bySerial", query = "SELECT u FROM Ukey u WHERE u.serial = :serial")
@NamedQuery(name = "Ukey.ofOrder", query = "SELECT u FROM Ukey u WHERE u.orderId = :orderId ORDER BY u.id DESC")
public class Ukey {

    /** The data cipher's context for ukey PINs. */
    public static final String PIN_CONTEXT = "ukey.pin";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ukey_seq")
    @SequenceGenerator(name = "ukey_seq", sequenceName = "ukey_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String serial;

    @Column(nullable = false, length = 100)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UkeyState state;

    @Column(name = "so_pin_cipher", nullable = false, length = 200)
    private String soPinCipher;

    /** The SO PIN an unlock gives the ukey, until the ukey is proven to have taken it. */
    @Column(name = "next_so_pin_cipher", length = 200)
    private String nextSoPinCipher;

    @Column(name = "user_pin_cipher", length = 200)
    private String userPinCipher;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "produced_at", nullable = false)
    private OffsetDateTime producedAt;

    @Version
    private long version;

    protected Ukey() {
    }

    public static Ukey produced(String serial, String model, String soPinCipher, String userPinCipher, long orderId,
            Instant now) {
        Ukey ukey = new Ukey();
        ukey.serial = serial;
        ukey.model = model;
        ukey.soPinCipher = soPinCipher;
        ukey.userPinCipher = userPinCipher;
        ukey.orderId = orderId;
        ukey.state = UkeyState.PRODUCED;
        ukey.producedAt = Utc.of(now);
        return ukey;
    }

    /** The first user PIN, encrypted, until the applicant has been sent it; then null. */
    public String getUserPinCipher() {
        return userPinCipher;
    }

    /** The applicant has been sent the first user PIN: it is not kept any longer. */
    public void userPinSent() {
        userPinCipher = null;
    }

    /** Lost or broken, replaced by a reissued ukey; its serial stays recorded. */
    public void retire() {
        if (state == UkeyState.RETIRED) {
            throw new IllegalStateException("retired once");
        }
        state = UkeyState.RETIRED;
    }

    /** The SO PIN the ukey has (encrypted). */
    public String getSoPinCipher() {
        return soPinCipher;
    }

    /**
     * The SO PIN an unlock is to give the ukey (encrypted): made once with {@code newCipher}, then the same for every
     * attempt until one is proven.
     */
    public String nextSoPin(String newCipher) {
        if (nextSoPinCipher == null) {
            nextSoPinCipher = newCipher;
        }
        return nextSoPinCipher;
    }

    /** The ukey proved it was unlocked with the next SO PIN: from now on it is the only one kept. */
    public void soPinReplaced() {
        if (nextSoPinCipher == null) {
            throw new IllegalStateException("no unlock was ticketed");
        }
        soPinCipher = nextSoPinCipher;
        nextSoPinCipher = null;
    }

    public String getSerial() {
        return serial;
    }

    public String getModel() {
        return model;
    }

    public UkeyState getState() {
        return state;
    }

    public long getOrderId() {
        return orderId;
    }

    public Instant getProducedAt() {
        return Utc.instant(producedAt);
    }
}
