package org.sealdesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, for per-address limits. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }
}
