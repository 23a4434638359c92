package org.sealdesk.staff.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditService;
import org.sealdesk.web.JsonAnswers;

/**
 * {@code GET /staff/api/audit-chain}: the chain verification as JSON for monitoring, for a signed-in
 * administrator. 200 when intact, 409 with the first broken row otherwise; 401 or 403 in JSON for anyone else.
 */
@WebServlet("/staff/api/audit-chain")
public class AuditChainServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditService audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditChain.Verification result;
        try {
            result = audit.verify(request.getRemoteAddr());
        } catch (EJBAccessException denied) {
            AccessDeniedHandler.audit(request.getUserPrincipal(), request.getRequestURI(), request.getRemoteAddr(), denied);
            JsonAnswers.send(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "您没有权限查看审计日志校验结果。");
            return;
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("intact", result.intact())
                .add("rowsChecked", result.rowsChecked());
        if (!result.intact()) {
            json.add("firstBrokenSeq", result.firstBrokenSeq()).add("problem", result.problem());
        }
        response.setStatus(result.intact() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_CONFLICT);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
