package org.sealdesk.staff;

import java.time.Instant;
import java.util.Set;

/** A staff member as the administration screen lists them. */
public record StaffUserView(long id, String username, String displayName, Set<StaffRole> roles, boolean totpEnrolled,
        boolean disabled, boolean locked, Instant lastSignInAt) {

    static StaffUserView of(StaffUser user, Instant now) {
        return new StaffUserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                user.isTotpEnrolled(), user.isDisabled(), user.isLocked(now), user.getLastSignInAt());
    }
}
