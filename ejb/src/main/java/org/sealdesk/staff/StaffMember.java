package org.sealdesk.staff;

import java.util.Set;

/** Who signed in, with which roles; or, when {@code enrolmentUri} is set, a member who must enrol TOTP first. */
public record StaffMember(String username, String displayName, Set<StaffRole> roles, String enrolmentSecret,
        String enrolmentUri) {

    public boolean mustEnrol() {
        return enrolmentSecret != null;
    }
}
