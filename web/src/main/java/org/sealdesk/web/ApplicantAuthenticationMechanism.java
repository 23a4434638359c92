package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.sealdesk.account.AccountService;

/**
 * Applicants sign in on our own pages, which check the password or SMS code through
 * {@link AccountService} and then hand the account id here as a {@link CallerOnlyCredential}:
 * only server code can call {@code SecurityContext.authenticate}, never a request. The session
 * keeps the caller; protected pages send strangers to the sign-in page and back.
 */
@ApplicationScoped
@AutoApplySession
public class ApplicantAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof CallerOnlyCredential caller) {
            return context.notifyContainerAboutLogin(caller.getCaller(), Set.of(AccountService.APPLICANT));
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
