package org.sealdesk.staff;

/** What a staff member may do; a member may hold several. Names equal the {@link Roles} constants. */
public enum StaffRole {
    ADMIN, REVIEWER, PRODUCER, SHIPPER, FINANCE
}
