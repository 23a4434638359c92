package org.sealdesk.payment;

/**
 * A message signed the WeChat Pay v3 way: the Wechatpay-Timestamp, -Nonce, -Signature and -Serial
 * headers over the body. Responses and notifications both come like this.
 */
public record SignedMessage(String timestamp, String nonce, String signature, String serial, String body) {

    /** What the signature covers: timestamp, nonce and body, each followed by a newline. */
    public String signedText() {
        return timestamp + "\n" + nonce + "\n" + body + "\n";
    }
}
