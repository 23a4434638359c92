package org.sealdesk.payment.wechat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.GatewayTrade;
import org.sealdesk.payment.NotificationReply;
import org.sealdesk.payment.TradeState;

/**
 * The wire format of WeChat Pay API v3: SHA256-RSA2048 signatures over requests, responses and
 * notifications, the AEAD_AES_256_GCM encrypted notification resource, and the transaction JSON.
 * Shared by the real client and the built-in sandbox, so that both go through the same checks.
 */
public final class WechatPayProtocol {

    public static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";
    /** Notifications and responses older or newer than this are refused (replays). */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GCM_TAG_BITS = 128;

    private WechatPayProtocol() {
    }

    public static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** Base64 SHA256withRSA signature of the text. */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the merchant key", e);
        }
    }

    /** What a request's signature covers: method, path with query, timestamp, nonce and body, each with a newline. */
    public static String requestText(String method, String pathAndQuery, long timestamp, String nonce, String body) {
        return method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
    }

    /** The Authorization header of a request. */
    public static String authorization(String mchid, String serial, PrivateKey key, String method, String pathAndQuery,
            long timestamp, String nonce, String body) {
        String signature = sign(key, requestText(method, pathAndQuery, timestamp, nonce, body));
        return SCHEMA + " mchid=\"" + mchid + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serial + "\"";
    }

    /** Signs a response or notification body as the platform does. */
    public static SignedMessage signed(PrivateKey platformKey, String serial, Instant now, String body) {
        String timestamp = Long.toString(now.getEpochSecond());
        String nonce = nonce();
        return new SignedMessage(timestamp, nonce, sign(platformKey, timestamp + "\n" + nonce + "\n" + body + "\n"),
                serial, body);
    }

    /**
     * Refuses a message whose platform key is unknown, whose signature does not verify, or whose
     * timestamp is too far from now (a replay).
     */
    public static void verify(SignedMessage message, PlatformKeys platformKeys, Instant now) {
        if (message.timestamp() == null || message.nonce() == null || message.signature() == null
                || message.serial() == null || message.body() == null) {
            throw new RuleViolation("payment.signature.missing");
        }
        PublicKey key = platformKeys.find(message.serial())
                .orElseThrow(() -> new RuleViolation("payment.signature.unknownKey", message.serial()));
        long seconds;
        try {
            seconds = Long.parseLong(message.timestamp());
        } catch (NumberFormatException e) {
            throw new RuleViolation("payment.signature.invalid");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new RuleViolation("payment.signature.stale", message.timestamp());
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(message.signedText().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(message.signature()))) {
                throw new RuleViolation("payment.signature.invalid");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RuleViolation("payment.signature.invalid");
        }
    }

    public static String encrypt(byte[] apiV3Key, String nonce, String associatedData, String plaintext) {
        try {
            Cipher cipher = aead(Cipher.ENCRYPT_MODE, apiV3Key, nonce, associatedData);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the notification resource", e);
        }
    }

    /** Decrypts a notification resource; the GCM tag also proves it was made with our APIv3 key. */
    public static String decrypt(byte[] apiV3Key, String nonce, String associatedData, String ciphertext) {
        try {
            Cipher cipher = aead(Cipher.DECRYPT_MODE, apiV3Key, nonce, associatedData);
            return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RuleViolation("payment.notification.undecryptable");
        }
    }

    private static Cipher aead(int mode, byte[] apiV3Key, String nonce, String associatedData)
            throws GeneralSecurityException {
        if (apiV3Key.length != 32) {
            throw new IllegalArgumentException("The APIv3 key has 32 bytes, not " + apiV3Key.length);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(apiV3Key, "AES"),
                new GCMParameterSpec(GCM_TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
        if (associatedData != null) {
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        }
        return cipher;
    }

    /** WeChat Pay's notification answer: 204 without a body once recorded, else {"code":"FAIL","message":…}. */
    public static NotificationReply notificationReply(int status, String reason) {
        if (status / 100 == 2) {
            return new NotificationReply(204, null, null);
        }
        return new NotificationReply(status, "application/json;charset=UTF-8",
                Json.createObjectBuilder().add("code", "FAIL").add("message", reason).build().toString());
    }

    /** The body of a TRANSACTION.SUCCESS notification for the transaction JSON. */
    public static String notificationBody(byte[] apiV3Key, String transactionJson, Instant now) {
        String nonce = nonce().substring(0, 12);
        String associatedData = "transaction";
        return Json.createObjectBuilder()
                .add("id", "EV-" + nonce())
                .add("create_time", rfc3339(now))
                .add("resource_type", "encrypt-resource")
                .add("event_type", "TRANSACTION.SUCCESS")
                .add("summary", "支付成功")
                .add("resource", Json.createObjectBuilder()
                        .add("original_type", "transaction")
                        .add("algorithm", "AEAD_AES_256_GCM")
                        .add("ciphertext", encrypt(apiV3Key, nonce, associatedData, transactionJson))
                        .add("associated_data", associatedData)
                        .add("nonce", nonce))
                .build().toString();
    }

    /**
     * A verified notification's transaction: decrypts the resource and checks that it is for
     * this merchant.
     */
    public static GatewayTrade notifiedTrade(String body, byte[] apiV3Key, String mchid) {
        JsonObject notification = parse(body);
        JsonObject resource = notification.getJsonObject("resource");
        if (resource == null || !"AEAD_AES_256_GCM".equals(resource.getString("algorithm", null))) {
            throw new RuleViolation("payment.notification.malformed");
        }
        JsonObject transaction = parse(decrypt(apiV3Key, resource.getString("nonce", ""),
                resource.getString("associated_data", ""), resource.getString("ciphertext", "")));
        if (!mchid.equals(transaction.getString("mchid", null))) {
            throw new RuleViolation("payment.notification.otherMerchant", transaction.getString("mchid", ""));
        }
        return trade(transaction);
    }

    /** The transaction JSON (query answer and decrypted notification) as a trade. */
    public static GatewayTrade trade(JsonObject transaction) {
        TradeState state;
        try {
            state = TradeState.valueOf(transaction.getString("trade_state"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new RuleViolation("payment.notification.malformed");
        }
        JsonObject amount = transaction.getJsonObject("amount");
        return new GatewayTrade(transaction.getString("out_trade_no"), state,
                transaction.getString("transaction_id", null),
                amount == null ? null : Money.ofFen(amount.getJsonNumber("total").longValueExact()),
                transaction.containsKey("success_time")
                        ? OffsetDateTime.parse(transaction.getString("success_time"), RFC3339).toInstant() : null);
    }

    /**
     * The transaction JSON of a trade, as WeChat Pay sends it in queries and notifications; a paid one names
     * the payer's bank (OTHERS: a card or the balance) and the payer's openid.
     */
    public static String transactionJson(String appid, String mchid, GatewayTrade trade, String payerOpenid) {
        var json = Json.createObjectBuilder()
                .add("appid", appid)
                .add("mchid", mchid)
                .add("out_trade_no", trade.outTradeNo())
                .add("trade_type", "NATIVE")
                .add("trade_state", trade.state().name())
                .add("trade_state_desc", trade.state() == TradeState.SUCCESS ? "支付成功" : trade.state().name());
        if (trade.transactionId() != null) {
            json.add("transaction_id", trade.transactionId());
        }
        if (trade.successTime() != null) {
            json.add("bank_type", "OTHERS");
            json.add("success_time", rfc3339(trade.successTime()));
            json.add("payer", Json.createObjectBuilder().add("openid", payerOpenid));
        }
        if (trade.amount() != null) {
            json.add("amount", Json.createObjectBuilder().add("total", trade.amount().fen())
                    .add("payer_total", trade.amount().fen()).add("currency", "CNY").add("payer_currency", "CNY"));
        }
        return json.build().toString();
    }

    /** Beijing time to the second, as WeChat Pay writes and expects it: 2026-12-02T14:30:00+08:00. */
    public static String rfc3339(Instant instant) {
        return RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CHINA).toOffsetDateTime());
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleViolation("payment.notification.malformed");
        }
    }
}
