package org.sealdesk.staff.web;

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
import org.sealdesk.web.SignInMechanism;

/**
 * Ends a staff session idle for longer than {@code sealdesk.staff.idle-timeout}, on the next request,
 * to the second: the container's own expiry only runs every minute or more, and until then an expired
 * session still serves; and once it has run, Liberty's single-sign-on (LTPA) cookie would still
 * authenticate the caller. Staff sign-ins therefore live only as long as their session. The member
 * is sent to the sign-in page, which says why.
 */
@WebFilter(filterName = "StaffIdle", urlPatterns = "/staff/*")
public class StaffIdleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String LAST_REQUEST = StaffIdleFilter.class.getName() + ".lastRequest";

    @Inject
    transient StaffSession staffSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Roles.STAFF)) {
            HttpSession session = request.getSession(false);
            Instant now = Instant.now();
            Instant last = session == null ? null : (Instant) session.getAttribute(LAST_REQUEST);
            // No session but still a staff caller: Liberty's single-sign-on cookie outlived the session.
            if (session == null || last != null && Duration.between(last, now).compareTo(staffSession.idleTimeout()) > 0) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                signInAgain(request, response);
                return;
            }
            session.setAttribute(LAST_REQUEST, now);
        }
        chain.doFilter(request, response);
    }

    /** A redirect the browser follows, also from a PrimeFaces AJAX request. */
    private static void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signIn = request.getContextPath() + SignInMechanism.STAFF_SIGN_IN_PAGE + "?expired=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }
}
