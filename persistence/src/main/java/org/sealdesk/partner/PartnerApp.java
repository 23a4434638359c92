package org.sealdesk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;

/**
 * A partner system (the trading centre's platform, …) that sends applicants in through
 * {@code /third/seal/apply?type=…&appKey=…&sealSort=…}, with what it may ask for.
 */
@Entity
@Table(name = "partner_app")
@NamedQuery(name = "PartnerApp.byAppKey", query = "SELECT p FROM PartnerApp p WHERE p.appKey = :appKey")
public class PartnerApp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_app_seq")
    @SequenceGenerator(name = "partner_app_seq", sequenceName = "partner_app_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "app_key", nullable = false, unique = true, length = 64)
    private String appKey;

    /** The shared secret for the partner API, encrypted with the data key. */
    @Column(name = "secret_cipher", nullable = false, length = 200)
    private String secretCipher;

    /** Comma-separated {@link EntryLink} type codes, e.g. "0,1". */
    @Column(name = "allowed_types", nullable = false, length = 20)
    private String allowedTypes;

    /** Comma-separated seal sort codes, e.g. "1". */
    @Column(name = "allowed_seal_sorts", nullable = false, length = 20)
    private String allowedSealSorts;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected PartnerApp() {
    }

    public PartnerApp(String name, String appKey, String secretCipher, Set<Integer> types, Set<Integer> sealSorts,
            boolean enabled) {
        this.appKey = appKey;
        this.secretCipher = secretCipher;
        this.enabled = enabled;
        describe(name, types, sealSorts);
    }

    /** Its name and the links it may send; only link parameters SealDesk understands are accepted. */
    public void describe(String newName, Set<Integer> types, Set<Integer> sealSorts) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.length() < 2 || stripped.length() > 100) {
            throw new RuleViolation("partner.name.invalid");
        }
        if (types == null || types.isEmpty() || !Set.of(EntryLink.ENTERPRISE, EntryLink.PERSONAL).containsAll(types)) {
            throw new RuleViolation("partner.types.required");
        }
        if (sealSorts == null || sealSorts.isEmpty() || !EntryLink.SEAL_SORTS.containsAll(sealSorts)) {
            throw new RuleViolation("partner.sealSorts.required");
        }
        this.name = stripped;
        this.allowedTypes = join(types);
        this.allowedSealSorts = join(sealSorts);
    }

    public void enable() {
        enabled = true;
    }

    /** Its links stop admitting applicants; orders it already sent go on. */
    public void disable() {
        enabled = false;
    }

    public void replaceSecret(String newSecretCipher) {
        this.secretCipher = newSecretCipher;
    }

    /** The order kind the link asks for, if this partner may send applicants for it. */
    public OrderKind admit(EntryLink link) {
        if (!enabled) {
            throw new RuleViolation("partner.disabled");
        }
        if (!split(allowedTypes).contains(link.type()) || !split(allowedSealSorts).contains(link.sealSort())) {
            throw new RuleViolation("partner.notAllowed");
        }
        return link.orderKind();
    }

    private static String join(Set<Integer> codes) {
        return codes.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> split(String codes) {
        return Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAppKey() {
        return appKey;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Integer> getAllowedTypes() {
        return split(allowedTypes);
    }

    public Set<Integer> getAllowedSealSorts() {
        return split(allowedSealSorts);
    }
}
