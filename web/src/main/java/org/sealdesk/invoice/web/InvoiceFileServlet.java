package org.sealdesk.invoice.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.invoice.InvoiceDesk;
import org.sealdesk.invoice.InvoiceFile;
import org.sealdesk.invoice.InvoiceService;
import org.sealdesk.web.AccessRefusals;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * An issued invoice's file, saved as an attachment: {@code /account/invoices/{order}} for the order's owner (anyone
 * else: 404), {@code /staff/invoices/{order}} for finance (anyone else: 403, audited); {@code …/{order}/red} its red
 * invoice.
 */
@WebServlet({"/account/invoices/*", "/staff/invoices/*"})
public class InvoiceFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceService applicants;

    @Inject
    transient InvoiceDesk finance;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/[A-Z0-9]{1,30}(/red)?")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean red = path.endsWith("/red");
        String number = path.substring(1).replace("/red", "");
        boolean staff = request.getServletPath().startsWith("/staff");
        try {
            InvoiceFile file = staff ? finance.file(number, red) : applicants.file(number, red);
            Downloads.send(response, file.content(), file.contentType(), Disposition.ATTACHMENT, file.fileName());
        } catch (EJBAccessException denied) {
            if (staff) {
                refusals.record(request.getUserPrincipal(), request.getRequestURI(), denied);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (RuleViolation notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
