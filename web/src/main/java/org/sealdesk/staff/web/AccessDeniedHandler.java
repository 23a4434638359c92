package org.sealdesk.staff.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Iterator;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.web.ClientAddress;
import org.sealdesk.web.Feedback;

/**
 * Roles are enforced on the EJB methods. When one refuses the caller, this records the refusal in
 * the audit log and answers 403 (a page) or, for an AJAX action, an error message on the page.
 */
public class AccessDeniedHandler extends ExceptionHandlerWrapper {

    static final String FORBIDDEN_VIEW = "/error/forbidden.xhtml";

    public AccessDeniedHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AccessDeniedHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            EJBAccessException denied = accessDenied(events.next().getContext().getException());
            if (denied != null) {
                events.remove();
                refuse(faces, denied);
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext faces, EJBAccessException denied) {
        var external = faces.getExternalContext();
        String view = faces.getViewRoot() == null ? external.getRequestServletPath() : faces.getViewRoot().getViewId();
        audit(external.getUserPrincipal(), view, ClientAddress.current(), denied);
        if (faces.getPartialViewContext().isAjaxRequest()) {
            Feedback.error(null, "staff.accessDenied");
            faces.getPartialViewContext().getRenderIds().add("pageMessages");
            return;
        }
        // Render the refusal page in place (status 403) rather than dispatching to it mid-lifecycle.
        external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, FORBIDDEN_VIEW));
        faces.renderResponse();
    }

    /** Records that an EJB refused {@code caller} while serving {@code what}. */
    public static void audit(Principal caller, String what, String source, EJBAccessException denied) {
        CDI.current().select(AuditLog.class).get().refused(caller == null ? "-" : caller.getName(), "access.denied",
                what, source, denied.getMessage());
    }

    private static EJBAccessException accessDenied(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException denied) {
                return denied;
            }
        }
        return null;
    }
}
