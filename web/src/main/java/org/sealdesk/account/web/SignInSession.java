package org.sealdesk.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Starts and ends an applicant's signed-in session. */
@ApplicationScoped
public class SignInSession {

    public static final String HOME = "/account/index.xhtml";

    @Inject
    SecurityContext securityContext;

    /** Call only after the account proved who it is (password or SMS code checked by the service). */
    public void establish(long accountId) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation across sign-in
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new CallerOnlyCredential(Long.toString(accountId))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Sign-in not accepted by the container: " + status);
        }
    }

    public void end() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
    }

    /** Where to go after signing in: a page of ours named by {@code next}, else the account page. */
    public static String landingOutcome(String next) {
        boolean ours = next != null && next.startsWith("/") && !next.startsWith("//") && next.endsWith(".xhtml")
                && !next.contains("\\");
        return (ours ? next : HOME) + "?faces-redirect=true";
    }
}
