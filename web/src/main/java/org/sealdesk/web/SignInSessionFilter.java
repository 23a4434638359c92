package org.sealdesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.sealdesk.staff.Roles;
import org.sealdesk.staff.web.StaffSession;

/**
 * A sign-in lives as long as its HTTP session. Liberty also issues a single-sign-on (LTPA) cookie
 * that would authenticate the caller again after the session has expired; a signed-in caller without
 * a session is therefore signed out here. Staff sessions also end after {@code sealdesk.staff.idle-timeout}
 * without a request, to the second (the container's own expiry runs only every minute or more, and
 * until then an expired session still serves). Either way the sign-in page says why.
 */
@WebFilter(filterName = "SignInSession", urlPatterns = {"/account/*", "/staff/*"})
public class SignInSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String LAST_REQUEST = SignInSessionFilter.class.getName() + ".lastRequest";

    @Inject
    transient StaffSession staffSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean staff = request.isUserInRole(Roles.STAFF);
        if (staff || request.isUserInRole(Roles.APPLICANT)) {
            HttpSession session = request.getSession(false);
            Instant now = Instant.now();
            Instant last = session == null ? null : (Instant) session.getAttribute(LAST_REQUEST);
            boolean idle = staff && last != null && Duration.between(last, now).compareTo(staffSession.idleTimeout()) > 0;
            if (session == null || idle) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                signInAgain(request, response,
                        staff ? SignInMechanism.STAFF_SIGN_IN_PAGE : SignInMechanism.SIGN_IN_PAGE);
                return;
            }
            session.setAttribute(LAST_REQUEST, now);
        }
        chain.doFilter(request, response);
    }

    /** A redirect the browser follows, also from a PrimeFaces AJAX request. */
    private static void signInAgain(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        String signIn = request.getContextPath() + page + "?expired=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }
}
