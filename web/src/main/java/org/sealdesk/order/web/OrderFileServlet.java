package org.sealdesk.order.web;

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
import org.sealdesk.order.OrderService;
import org.sealdesk.order.SealImage;
import org.sealdesk.order.StoredFile;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * Streams an order's scans and its impression form to the order's owner (the service checks):
 * /account/files/{order}/{role} and /account/files/{order}/impression-form.pdf. Images go out as
 * images, everything else as an attachment, never as a page; anyone else gets 404.
 */
@WebServlet("/account/files/*")
public class OrderFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String IMPRESSION_FORM = "impression-form.pdf";

    @Inject
    transient OrderService orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String[] path = Downloads.orderAndName(request).orElseThrow(() -> new RuleViolation("order.notFound"));
            Optional<SealImage> seal = SealImage.named(path[1]);
            if (seal.isPresent()) {
                Downloads.send(response, orders.sealImage(path[0], seal.get()), "image/png", Disposition.INLINE, path[1]);
            } else if (path[1].equals(IMPRESSION_FORM)) {
                Downloads.send(response, orders.impressionForm(path[0]), "application/pdf", Disposition.ATTACHMENT,
                        "印模采集表-" + path[0] + ".pdf");
            } else {
                StoredFile file = orders.document(path[0], DocumentRole.valueOf(path[1]));
                Downloads.send(response, file.content(), file.type().contentType(),
                        file.type().isImage() ? Disposition.INLINE : Disposition.ATTACHMENT,
                        file.fileName() == null ? path[1] : file.fileName());
            }
        } catch (RuleViolation | IllegalArgumentException | EJBAccessException notTheirs) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
