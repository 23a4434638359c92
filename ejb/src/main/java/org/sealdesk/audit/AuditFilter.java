package org.sealdesk.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** Audit rows by whom, what (action prefix), which object, outcome and service-zone days; empty fields do not filter. */
public record AuditFilter(String actor, String action, String subject, AuditOutcome outcome, LocalDate from,
        LocalDate to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
