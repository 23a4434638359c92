package org.sealdesk.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.sealdesk.account.PasswordHash;
import org.sealdesk.account.PasswordPolicy;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;

/** Administrators manage staff members: create, change roles, disable, reset the authenticator. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAdministration {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<StaffUserView> members() {
        return em.createNamedQuery("StaffUser.all", StaffUser.class).getResultStream()
                .map(user -> StaffUserView.of(user, clock.instant())).toList();
    }

    /** The new member enrols an authenticator at the first sign-in with this password. */
    public StaffUserView create(String username, String displayName, String initialPassword, Set<StaffRole> roles) {
        PasswordPolicy.check(initialPassword);
        String name = username == null ? null : username.strip();
        if (!em.createNamedQuery("StaffUser.byUsername", StaffUser.class).setParameter("username", name).getResultList()
                .isEmpty()) {
            throw new RuleViolation("staff.username.taken", name);
        }
        StaffUser user = StaffUser.create(name, displayName, PasswordHash.of(initialPassword), roles, clock.instant());
        em.persist(user);
        em.flush();
        audit.success(caller(), "staff.create", name, "roles " + user.getRoles());
        return StaffUserView.of(user, clock.instant());
    }

    public StaffUserView assignRoles(long id, Set<StaffRole> roles) {
        StaffUser user = member(id);
        Set<StaffRole> before = user.getRoles();
        user.assignRoles(roles);
        audit.success(caller(), "staff.roles", user.getUsername(), before + " -> " + user.getRoles());
        return StaffUserView.of(user, clock.instant());
    }

    public StaffUserView setDisabled(long id, boolean disabled) {
        StaffUser user = member(id);
        if (disabled && user.getUsername().equals(caller())) {
            throw new RuleViolation("staff.disable.self");
        }
        if (disabled) {
            user.disable();
        } else {
            user.enable();
        }
        audit.success(caller(), disabled ? "staff.disable" : "staff.enable", user.getUsername(), null);
        return StaffUserView.of(user, clock.instant());
    }

    /** A lost phone: the member enrols a new authenticator at the next sign-in. */
    public StaffUserView resetTotp(long id) {
        StaffUser user = member(id);
        user.startTotpEnrolment(null);
        audit.success(caller(), "staff.resetTotp", user.getUsername(), null);
        return StaffUserView.of(user, clock.instant());
    }

    private StaffUser member(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new RuleViolation("staff.notFound");
        }
        return user;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
