package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is signed in lives in the HTTP session and nowhere else: a sign-in ends with its session, and
 * Liberty's single-sign-on (LTPA) cookie is switched off in server.xml, so no cookie can sign anyone in
 * again. Applicants and staff prove who they are on our own pages, which hand the {@link Caller} to
 * {@code SecurityContext.authenticate} (only server code can); every later request is recognised from the
 * session. Staff sessions also end after {@code sealdesk.staff.idle-timeout} without a request, to the
 * second (the container reaps expired sessions only every minute or more). Protected pages send strangers
 * to the applicants' or the staff sign-in page and back; the staff JSON API answers 401 in JSON instead.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    public static final String STAFF_SIGN_IN_PAGE = "/staff/login.xhtml";
    static final String STAFF_API = "/staff/api/";
    static final String ACCOUNT_API = "/account/api/";
    private static final String CALLER = SignInMechanism.class.getName() + ".caller";
    private static final String LAST_REQUEST = SignInMechanism.class.getName() + ".lastRequest";

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.staff.idle-timeout", defaultValue = "PT15M")
    Duration staffIdleTimeout;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (PkiEndpoints.isFor(request)) {
            return context.doNothing();
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof Caller caller) {
            HttpSession session = request.getSession();
            session.setAttribute(CALLER, caller);
            session.setAttribute(LAST_REQUEST, clock.instant());
            if (caller.staff()) {
                session.setMaxInactiveInterval((int) staffIdleTimeout.toSeconds());
            }
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        Caller caller = session == null ? null : (Caller) session.getAttribute(CALLER);
        if (caller != null && caller.staff() && idle(session)) {
            session.invalidate();
            caller = null;
        }
        if (caller != null) {
            session.setAttribute(LAST_REQUEST, clock.instant());
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return signInAgain(request, response, context, sentEndedSession(request));
        }
        return context.doNothing();
    }

    /** The browser still sends a session cookie, but its session has ended (timed out, or the server restarted). */
    private static boolean sentEndedSession(HttpServletRequest request) {
        String name = Optional.ofNullable(request.getServletContext().getSessionCookieConfig().getName()).orElse("JSESSIONID");
        return request.getCookies() != null && request.getSession(false) == null
                && Arrays.stream(request.getCookies()).anyMatch(cookie -> cookie.getName().equals(name));
    }

    private boolean idle(HttpSession session) {
        Instant last = (Instant) session.getAttribute(LAST_REQUEST);
        return last != null && Duration.between(last, clock.instant()).compareTo(staffIdleTimeout) > 0;
    }

    /**
     * Sends a stranger to the sign-in page, with the address they wanted so that they land there
     * afterwards, and with the reason when their session ended. PrimeFaces AJAX requests get their
     * redirect as a partial response, the JSON API a 401 in JSON.
     */
    private static AuthenticationStatus signInAgain(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, boolean sessionEnded) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (target.startsWith(STAFF_API) || target.startsWith(ACCOUNT_API)) {
                JsonAnswers.send(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "请先登录。");
                return AuthenticationStatus.SEND_FAILURE;
            }
            String signIn = request.getContextPath() + (target.startsWith("/staff/") ? STAFF_SIGN_IN_PAGE : SIGN_IN_PAGE)
                    + "?next=" + URLEncoder.encode(target + (request.getQueryString() == null ? ""
                            : "?" + request.getQueryString()), StandardCharsets.UTF_8)
                    + (sessionEnded ? "&expired=true" : "");
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + signIn.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(signIn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
