package org.sealdesk.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import org.sealdesk.audit.AuditLog;

/** Roles are enforced on the EJB methods; when one refuses the caller, pages and endpoints record it here. */
@ApplicationScoped
public class AccessRefusals {

    @Inject
    AuditLog audit;

    /** Records that an EJB refused {@code caller} while serving {@code what}. */
    public void record(Principal caller, String what, EJBAccessException denied) {
        audit.refused(caller == null ? "-" : caller.getName(), "access.denied", what, denied.getMessage());
    }

    /** The role refusal among the causes of {@code thrown}, or null. */
    public static EJBAccessException cause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException denied) {
                return denied;
            }
        }
        return null;
    }
}
