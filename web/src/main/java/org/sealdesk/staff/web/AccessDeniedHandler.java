package org.sealdesk.staff.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.sealdesk.web.AccessRefusals;
import org.sealdesk.web.Feedback;

/**
 * Roles are enforced on the EJB methods. When one refuses the caller on a page, this records the refusal in
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
            EJBAccessException denied = AccessRefusals.cause(events.next().getContext().getException());
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
        CDI.current().select(AccessRefusals.class).get().record(external.getUserPrincipal(), view, denied);
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
}
