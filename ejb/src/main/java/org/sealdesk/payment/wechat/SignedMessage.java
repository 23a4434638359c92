package org.sealdesk.payment.wechat;

import java.util.HashMap;
import java.util.Map;
import org.sealdesk.payment.GatewayMessage;

/**
 * A message signed the WeChat Pay v3 way: the Wechatpay-Timestamp, -Nonce, -Signature and -Serial
 * headers over the body. Responses and notifications both come like this.
 */
public record SignedMessage(String timestamp, String nonce, String signature, String serial, String body) {

    /** Read from the headers and body as they arrived. */
    public static SignedMessage of(GatewayMessage message) {
        return new SignedMessage(message.header("Wechatpay-Timestamp"), message.header("Wechatpay-Nonce"),
                message.header("Wechatpay-Signature"), message.header("Wechatpay-Serial"), message.body());
    }

    /** As it travels: the four headers and the body. */
    public GatewayMessage asMessage() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", signature);
        headers.put("Wechatpay-Serial", serial);
        return GatewayMessage.of(headers, body);
    }

    /** What the signature covers: timestamp, nonce and body, each followed by a newline. */
    public String signedText() {
        return timestamp + "\n" + nonce + "\n" + body + "\n";
    }
}
