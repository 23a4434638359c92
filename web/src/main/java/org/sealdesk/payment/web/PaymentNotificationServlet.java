package org.sealdesk.payment.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.PaymentSettlement;
import org.sealdesk.payment.SignedMessage;

/**
 * Where the gateway posts its notifications (WeChat Pay v3 format). Answers 204 once the payment is
 * recorded (also for a repeat), 4xx with {"code":"FAIL"} for a refused one, 500 to be sent again.
 */
@WebServlet("/payments/notify")
public class PaymentNotificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PaymentNotificationServlet.class.getName());
    /** Real notifications are about 1 KB; anything far larger is not one. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @EJB
    transient PaymentSettlement settlement;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                fail(response, 413, "通知过大");
                return;
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        SignedMessage notification = new SignedMessage(request.getHeader("Wechatpay-Timestamp"),
                request.getHeader("Wechatpay-Nonce"), request.getHeader("Wechatpay-Signature"),
                request.getHeader("Wechatpay-Serial"), body);
        try {
            settlement.receive(notification, request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (RuleViolation refused) {
            boolean signature = refused.messageKey().startsWith("payment.signature");
            fail(response, signature ? 401 : 400, refused.messageKey());
        } catch (EJBException | jakarta.persistence.PersistenceException conflict) {
            LOG.log(Level.WARNING, "Payment notification not recorded; the gateway will send it again", conflict);
            fail(response, 500, "稍后重试");
        }
    }

    private static void fail(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("code", "FAIL").add("message", message).build().toString());
    }
}
