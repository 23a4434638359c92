package org.sealdesk.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.sealdesk.account.PasswordHash;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.platform.DemoSeed;

/**
 * Demo staff: one member per role (and a second reviewer), with how to sign in in the log,
 * TOTP secret included, so that an authenticator app or a test can produce the codes.
 */
@ApplicationScoped
public class DemoStaff implements DemoSeed {

    public static final String PASSWORD = "Demo-staff-2026";
    private static final Logger LOG = Logger.getLogger(DemoStaff.class.getName());
    private static final Map<String, StaffRole> MEMBERS = new LinkedHashMap<>();

    static {
        MEMBERS.put("admin", StaffRole.ADMIN);
        MEMBERS.put("reviewer", StaffRole.REVIEWER);
        MEMBERS.put("reviewer2", StaffRole.REVIEWER);
        MEMBERS.put("producer", StaffRole.PRODUCER);
        MEMBERS.put("shipper", StaffRole.SHIPPER);
        MEMBERS.put("finance", StaffRole.FINANCE);
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void seed() {
        MEMBERS.forEach((username, role) -> {
            StaffUser user = em.createNamedQuery("StaffUser.byUsername", StaffUser.class)
                    .setParameter("username", username).getResultStream().findFirst().orElseGet(() -> {
                        StaffUser created = StaffUser.create(username, "演示" + username, PasswordHash.of(PASSWORD),
                                Set.of(role), clock.instant());
                        created.startTotpEnrolment(cipher.encrypt(Totp.newSecret(), StaffSignIn.SECRET_CONTEXT));
                        em.persist(created);
                        return created;
                    });
            if (user.getTotpSecretCipher() != null) {
                String secret = cipher.decrypt(user.getTotpSecretCipher(), StaffSignIn.SECRET_CONTEXT);
                LOG.info(() -> "Demo staff account: " + username + " / " + PASSWORD + " " + user.getRoles()
                        + " TOTP secret " + secret + " (sign in at /staff/login.xhtml)");
            }
        });
    }
}
