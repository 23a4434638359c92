package org.sealdesk.payment.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.GatewayMessage;
import org.sealdesk.payment.NotificationReply;
import org.sealdesk.payment.PaymentSettlement;

/**
 * {@code POST /payments/notify}: where the gateway posts its notifications. The headers and body go to the gateway
 * as they came; the answer is in the gateway's format: recorded (also for a repeat), refused (4xx), or not
 * recorded for now (5xx: the gateway sends it again).
 */
@Path("notify")
@RequestScoped
public class PaymentNotifications {

    private static final Logger LOG = Logger.getLogger(PaymentNotifications.class.getName());
    /** Real notifications are about 1 KB; anything far larger is not one. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    PaymentSettlement settlement;

    @Context
    HttpServletRequest request;

    @POST
    public Response receive(@Context HttpHeaders headers, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return answer(settlement.reply(413, "通知过大"));
        }
        Map<String, String> raw = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> raw.put(name, values.isEmpty() ? null : values.get(0)));
        try {
            settlement.receive(GatewayMessage.of(raw, new String(bytes, StandardCharsets.UTF_8)));
            return answer(settlement.reply(204, "OK"));
        } catch (RuleViolation refused) {
            boolean signature = refused.messageKey().startsWith("payment.signature");
            return answer(settlement.reply(signature ? 401 : 400, refused.messageKey()));
        } catch (EJBException | PersistenceException conflict) {
            LOG.log(Level.WARNING, "Payment notification not recorded; the gateway will send it again", conflict);
            return answer(settlement.reply(500, "稍后重试"));
        }
    }

    private static Response answer(NotificationReply reply) {
        return Response.status(reply.status()).entity(reply.body()).type(reply.contentType()).build();
    }
}
