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
import java.util.HashSet;
import java.util.Set;
import org.sealdesk.staff.Roles;
import org.sealdesk.staff.StaffRole;

/**
 * Applicants and staff sign in on our own pages, which check their proofs through the services
 * and then hand the result here: an applicant's account id as a {@link CallerOnlyCredential}, a
 * staff member's username and roles as a {@link StaffCredential}. Only server code can call
 * {@code SecurityContext.authenticate}, never a request. The session keeps the caller; protected
 * pages send strangers to the applicants' or the staff sign-in page and back.
 */
@ApplicationScoped
@AutoApplySession
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    public static final String STAFF_SIGN_IN_PAGE = "/staff/login.xhtml";

    /** A staff member who passed password and TOTP, with the roles they hold. */
    public record StaffCredential(String username, Set<StaffRole> roles) implements Credential {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof CallerOnlyCredential caller) {
            return context.notifyContainerAboutLogin(caller.getCaller(), Set.of(Roles.APPLICANT));
        }
        if (context.isAuthenticationRequest() && credential instanceof StaffCredential staff) {
            Set<String> groups = new HashSet<>();
            groups.add(Roles.STAFF);
            staff.roles().forEach(role -> groups.add(role.name()));
            return context.notifyContainerAboutLogin(staff.username(), groups);
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            String signIn = target.startsWith("/staff/") ? STAFF_SIGN_IN_PAGE : SIGN_IN_PAGE;
            return context.redirect(request.getContextPath() + signIn + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
