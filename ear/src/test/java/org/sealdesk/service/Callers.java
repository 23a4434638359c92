package org.sealdesk.service;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.sealdesk.web.Caller;

/** Signs a caller in for the rest of a service test, through the application's own authentication mechanism. */
final class Callers {

    private Callers() {
    }

    /** Whoever was signed in is signed out first: a session belongs to one caller. */
    static void signIn(Caller caller) {
        HttpServletRequest request = CurrentExchange.request();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException("cannot sign the previous caller out", e);
        }
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(
                CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(caller));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("The container did not accept " + caller + ": " + status);
        }
    }
}
