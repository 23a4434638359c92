package org.sealdesk.seal.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.seal.SealService;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * A seal's files for its holder: {@code /account/seals/{esId}/certificate.cer}, {@code …/seal.der} (attachments) and
 * {@code …/image.png}; anyone else's seal is 404.
 */
@WebServlet("/account/seals/*")
public class SealFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SealService seals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String[] path = Downloads.orderAndName(request).orElseThrow(() -> new RuleViolation("seal.notFound"));
            SealService.SealFile file = seals.file(path[0], path[1]);
            Downloads.send(response, file.content(), file.contentType(),
                    file.contentType().startsWith("image/") ? Disposition.INLINE : Disposition.ATTACHMENT,
                    file.fileName());
        } catch (RuleViolation | EJBAccessException notTheirs) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
