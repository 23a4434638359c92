package org.sealdesk.web;

import jakarta.security.enterprise.credential.Credential;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.sealdesk.staff.Roles;
import org.sealdesk.staff.StaffRole;

/**
 * Someone who proved who they are: an applicant (by account id) or a staff member (by username, with
 * their roles). Handed to the container at sign-in, then kept in the session for every later request.
 */
public record Caller(String name, Set<String> groups, boolean staff) implements Credential, Serializable {

    public Caller {
        groups = Set.copyOf(groups);
    }

    /** Only after the account proved who it is (password or SMS code checked by the service). */
    public static Caller applicant(long accountId) {
        return new Caller(Long.toString(accountId), Set.of(Roles.APPLICANT), false);
    }

    /** Only with a member the sign-in service accepted (password and TOTP checked). */
    public static Caller staff(String username, Set<StaffRole> roles) {
        Set<String> groups = new HashSet<>();
        groups.add(Roles.STAFF);
        roles.forEach(role -> groups.add(role.name()));
        return new Caller(username, groups, true);
    }
}
