package org.sealdesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sealdesk.audit.Origin;

/** Tells the services where each request comes from (the audit log's source, the per-address limits). */
@WebFilter(filterName = "Origin", urlPatterns = "/*")
public class OriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Origin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.from(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
