package org.sealdesk.partner;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.staff.Roles;

/**
 * Administrators register the partner systems whose entry links send applicants here, say which
 * links each may send, disable them, and replace their API secret (shown once, stored encrypted).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PartnerAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A partner as the administration screen lists it. */
    public record PartnerView(long id, String name, String appKey, Set<Integer> types, Set<Integer> sealSorts,
            boolean enabled) implements Serializable {

        static PartnerView of(PartnerApp partner) {
            return new PartnerView(partner.getId(), partner.getName(), partner.getAppKey(), partner.getAllowedTypes(),
                    partner.getAllowedSealSorts(), partner.isEnabled());
        }
    }

    /** What the administrator passes on to the partner; the secret is never shown again. */
    public record Credentials(PartnerView partner, String secret) implements Serializable {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    public List<PartnerView> partners() {
        return em.createQuery("SELECT p FROM PartnerApp p ORDER BY p.name, p.id", PartnerApp.class).getResultStream()
                .map(PartnerView::of).toList();
    }

    public Credentials register(String name, Set<Integer> types, Set<Integer> sealSorts) {
        String secret = newSecret();
        PartnerApp partner = new PartnerApp(name, HexFormat.of().formatHex(randomBytes(16)), sealed(cipher, secret), types,
                sealSorts, true);
        em.persist(partner);
        em.flush();
        audit.success(caller(), "partner.register", partner.getAppKey(), partner.getName());
        return new Credentials(PartnerView.of(partner), secret);
    }

    public PartnerView describe(long id, String name, Set<Integer> types, Set<Integer> sealSorts) {
        PartnerApp partner = partner(id);
        partner.describe(name, types, sealSorts);
        audit.success(caller(), "partner.change", partner.getAppKey(),
                partner.getName() + " types " + types + " sorts " + sealSorts);
        return PartnerView.of(partner);
    }

    public PartnerView setEnabled(long id, boolean enabled) {
        PartnerApp partner = partner(id);
        if (enabled) {
            partner.enable();
        } else {
            partner.disable();
        }
        audit.success(caller(), enabled ? "partner.enable" : "partner.disable", partner.getAppKey(), null);
        return PartnerView.of(partner);
    }

    /** A leaked or lost secret: the old one stops working at once. */
    public Credentials replaceSecret(long id) {
        PartnerApp partner = partner(id);
        String secret = newSecret();
        partner.replaceSecret(sealed(cipher, secret));
        audit.success(caller(), "partner.secret", partner.getAppKey(), null);
        return new Credentials(PartnerView.of(partner), secret);
    }

    /** A new API secret: 24 random bytes in hex. */
    static String newSecret() {
        return HexFormat.of().formatHex(randomBytes(24));
    }

    /** The secret as stored. */
    static String sealed(DataCipher cipher, String secret) {
        return cipher.encrypt(secret, "partner.secret");
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private PartnerApp partner(long id) {
        PartnerApp partner = em.find(PartnerApp.class, id);
        if (partner == null) {
            throw new RuleViolation("partner.unknown");
        }
        return partner;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
