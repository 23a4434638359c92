package org.sealdesk.review.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.SealImage;
import org.sealdesk.order.StaffSealImages;
import org.sealdesk.order.StoredFile;
import org.sealdesk.order.web.OrderFileServlet;
import org.sealdesk.review.ReviewService;
import org.sealdesk.web.AccessRefusals;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * A scan for the review screen's viewer, {@code /staff/files/{order}/{role}}: shown inline (the
 * review page frames PDFs, so framing by our own pages is allowed here). Each view is audited by
 * the service; a member without the reviewer role is refused (403, audited). Seal images
 * ({@code seal-<type>.png}) are for producers and shippers too.
 */
@WebServlet("/staff/files/*")
public class ReviewFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient StaffSealImages sealImages;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String[] path = Downloads.orderAndName(request).orElseThrow(() -> new RuleViolation("order.notFound"));
            Optional<SealImage> seal = SealImage.named(path[1]);
            if (seal.isPresent()) {
                Downloads.send(response, sealImages.of(path[0], seal.get()), "image/png", Disposition.INLINE, path[1]);
            } else {
                StoredFile file = reviews.document(path[0], DocumentRole.valueOf(path[1]));
                Downloads.send(response, file.content(), file.type().contentType(), Disposition.INLINE_FRAMED_BY_SITE,
                        file.fileName() == null ? path[1] : file.fileName());
            }
        } catch (EJBAccessException denied) {
            refusals.record(request.getUserPrincipal(), request.getRequestURI(), denied);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RuleViolation | IllegalArgumentException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
