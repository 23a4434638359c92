package org.sealdesk.service;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import org.sealdesk.web.Caller;

/** Signs a caller in for the rest of a service test, through the application's own authentication mechanism. */
final class Callers {

    private Callers() {
    }

    static void signIn(Caller caller) {
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get().authenticate(
                CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(caller));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("The container did not accept " + caller + ": " + status);
        }
    }
}
