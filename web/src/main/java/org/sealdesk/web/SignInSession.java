package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Starts and ends a signed-in session, applicant or staff, and lands the caller where they were going. */
@ApplicationScoped
public class SignInSession {

    public static final String APPLICANT_HOME = "/account/index.xhtml";
    public static final String STAFF_HOME = "/staff/index.xhtml";

    @Inject
    SecurityContext securityContext;

    /** Signs {@code caller} in on a new session id (no session fixation across sign-in). */
    public void establish(Caller caller) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(caller));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Sign-in not accepted by the container: " + status);
        }
    }

    public void end() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
    }

    /** After signing in: to {@code next} if it is one of our pages under {@code area}, else to {@code home}. */
    public void land(String next, String area, String home) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setRedirect(true); // messages kept for the next page survive this redirect
        external.redirect(external.getRequestContextPath() + ownPage(next, area).orElse(home));
    }

    /**
     * {@code next} as a path (with its query) on this site under {@code area} naming a page, or nothing:
     * never another host, scheme or a path that climbs out.
     */
    static Optional<String> ownPage(String next, String area) {
        if (next == null || next.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            String path = uri.getPath();
            boolean ours = !uri.isAbsolute() && uri.getRawAuthority() == null && uri.getRawFragment() == null
                    && path != null && path.startsWith(area) && path.endsWith(".xhtml") && !path.contains("//")
                    && !path.contains("..") && !path.contains("\\") && uri.getRawPath().equals(uri.normalize().getRawPath());
            return ours ? Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                    : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
