package org.sealdesk.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sealdesk.common.RuleViolation;

/**
 * The one answer of every JSON endpoint to what went wrong, {@code {"error": code, "message": sentence}} as
 * {@link JsonAnswers} writes it: a refused rule 400 with its Chinese message, a role the caller lacks 403
 * (audited), the framework's own refusals (404, 405, 415, …) with their status, anything else 500.
 */
@Provider
@ApplicationScoped
public class ApiProblems implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());
    /** The site's messages; Locale.ROOT is the Chinese base bundle, whatever the JVM's locale. */
    private static final String MESSAGES = "org.sealdesk.web.messages";

    @Context
    HttpServletRequest request;

    @Inject
    AccessRefusals refusals;

    @Override
    public Response toResponse(Exception thrown) {
        if (thrown instanceof RuleViolation refused) {
            return answer(Response.Status.BAD_REQUEST.getStatusCode(), refused.messageKey(), text(refused));
        }
        EJBAccessException denied = AccessRefusals.cause(thrown);
        if (denied != null) {
            refusals.record(request.getUserPrincipal(), request.getRequestURI(), denied);
            return answer(Response.Status.FORBIDDEN.getStatusCode(), "forbidden", "您没有权限执行此操作。");
        }
        if (thrown instanceof WebApplicationException framework && framework.getResponse().getStatus() < 500) {
            int status = framework.getResponse().getStatus();
            return answer(status, Response.Status.fromStatusCode(status) == null ? "refused"
                    : Response.Status.fromStatusCode(status).name().toLowerCase(Locale.ROOT), "请求无法处理。");
        }
        LOG.log(Level.SEVERE, "JSON endpoint " + request.getRequestURI() + " failed", thrown);
        return answer(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "failed", "服务暂时不可用，请稍后重试。");
    }

    private static String text(RuleViolation refused) {
        String pattern = ResourceBundle.getBundle(MESSAGES, Locale.ROOT).getString(refused.messageKey());
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(refused.arguments());
    }

    private static Response answer(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonAnswers.body(code, message)).build();
    }
}
