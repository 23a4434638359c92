package org.sealdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses form posts another site makes a visitor's browser send (cross-site request forgery), from
 * the headers browsers add: Sec-Fetch-Site, else Origin against Host. Pages for visitors keep no view
 * state (whose token would otherwise catch a forged post), and the sign-in forms must not be posted
 * from elsewhere. Requests without either header (servers calling the payment notification) pass, and so does
 * everything under {@code /pki}, which holds no one's session.
 */
@WebFilter(filterName = "CrossSiteRequests", urlPatterns = "/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !PkiEndpoints.isFor(request) && crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeader("Host");
            return from.getHost() == null || host == null
                    || !host.equalsIgnoreCase(from.getHost() + (from.getPort() == -1 ? "" : ":" + from.getPort()));
        } catch (IllegalArgumentException notAnOrigin) {
            return true;
        }
    }
}
