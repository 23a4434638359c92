package org.sealdesk.replacement.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.replacement.ReplacementService;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * Demo mode only: /account/demo-former-ukey.pem[?holder=unit] gives the signed-in applicant a new key and
 * its certificate from demo mode's test former CA, to put on a software PKCS#11 token and try ukey 更换 (README).
 * Anywhere else, 404.
 */
@WebServlet("/account/demo-former-ukey.pem")
public class DemoFormerUkeyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReplacementService replacement;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Downloads.send(response, replacement.demoCredential("unit".equals(request.getParameter("holder")))
                    .getBytes(StandardCharsets.US_ASCII), "application/x-pem-file", Disposition.ATTACHMENT,
                    "demo-former-ukey.pem");
        } catch (RuleViolation | EJBAccessException notHere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
