package org.sealdesk.staff.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.staff.StaffMember;
import org.sealdesk.web.SignInMechanism;

/**
 * Starts a staff member's session, which ends after {@code sealdesk.staff.idle-timeout} without a request
 * ({@link org.sealdesk.web.SignInSessionFilter} enforces it; the container's expiry is the backstop).
 */
@ApplicationScoped
public class StaffSession {

    public static final String HOME = "/staff/index.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    @ConfigProperty(name = "sealdesk.staff.idle-timeout", defaultValue = "PT15M")
    Duration idleTimeout;

    /** Call only with a member the sign-in service accepted (password and TOTP checked). */
    public void establish(StaffMember member) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation across sign-in
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new SignInMechanism.StaffCredential(member.username(), member.roles())));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Staff sign-in not accepted by the container: " + status);
        }
        request.getSession().setMaxInactiveInterval((int) idleTimeout.toSeconds());
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Where to go after signing in: a staff page named by {@code next}, else the dashboard. */
    public static String landingOutcome(String next) {
        boolean ours = next != null && next.startsWith("/staff/") && !next.contains("//") && next.endsWith(".xhtml")
                && !next.contains("\\");
        return (ours ? next : HOME) + "?faces-redirect=true";
    }
}
