package org.sealdesk.staff.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.StoredFile;
import org.sealdesk.review.ReviewService;

/**
 * A scan for the review screen's viewer, {@code /staff/files/{order}/{role}}: shown inline (the
 * review page frames PDFs, so framing by our own pages is allowed here). Each view is audited by
 * the service; a member without the reviewer role is refused (403, audited).
 */
@WebServlet("/staff/files/*")
public class StaffFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        try {
            if (path.length != 2) {
                throw new RuleViolation("order.notFound");
            }
            StoredFile file = reviews.document(path[0], DocumentRole.valueOf(path[1]), request.getRemoteAddr());
            response.setContentType(file.type().contentType());
            response.setContentLength(file.content().length);
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'");
            response.setHeader("Content-Disposition", "inline; filename*=UTF-8''" + URLEncoder.encode(
                    file.fileName() == null ? path[1] : file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.getOutputStream().write(file.content());
        } catch (EJBAccessException denied) {
            AccessDeniedHandler.audit(request.getUserPrincipal(), request.getRequestURI(), request.getRemoteAddr(), denied);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RuleViolation | IllegalArgumentException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
