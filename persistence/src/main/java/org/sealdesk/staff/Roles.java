package org.sealdesk.staff;

/** Security role names as compile-time constants, for {@code @RolesAllowed} and {@code isUserInRole}. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    /** Every signed-in staff member, whatever else they hold. */
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";
    public static final String REVIEWER = "REVIEWER";
    public static final String PRODUCER = "PRODUCER";
    public static final String SHIPPER = "SHIPPER";
    public static final String FINANCE = "FINANCE";

    private Roles() {
    }
}
