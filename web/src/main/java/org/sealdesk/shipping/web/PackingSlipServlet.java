package org.sealdesk.shipping.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.shipping.ShippingService;
import org.sealdesk.web.AccessRefusals;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * {@code /staff/packing-slip/{order}.pdf}: the packing slip and address label to print, opened in the browser's PDF
 * viewer. Shippers only (403, audited, for anyone else); an order not awaiting shipment is not found.
 */
@WebServlet("/staff/packing-slip/*")
public class PackingSlipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShippingService shipping;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/[A-Z0-9]{1,30}\\.pdf")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String number = path.substring(1, path.length() - ".pdf".length());
        try {
            Downloads.send(response, shipping.packingSlip(number), "application/pdf", Disposition.INLINE,
                    number + "-packing-slip.pdf");
        } catch (EJBAccessException denied) {
            refusals.record(request.getUserPrincipal(), request.getRequestURI(), denied);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RuleViolation notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
