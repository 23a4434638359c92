package org.sealdesk.payment.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for api.mch.weixin.qq.com on loopback that speaks the v3 wire format with test keys, written
 * from WeChat Pay's documentation and its samples, not from SealDesk's client: it checks each request's
 * Authorization signature with the merchant's public key and that Wechatpay-Serial names its key, answers
 * with JSON shaped like the documented samples, signs with plain JCA, and sends notifications like WeChat
 * Pay does, their resource encrypted with plain AES-GCM. It signs as a merchant's platform certificate
 * (Wechatpay-Serial: 40 hex digits) or as a WeChat Pay public key (PUB_KEY_ID_…).
 */
public final class FakeWechatPay implements AutoCloseable {

    /** Which of its keys WeChat Pay names in Wechatpay-Serial. */
    public enum Signing { CERTIFICATE, PUBLIC_KEY }

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"([^\"]+)\",nonce_str=\"([^\"]+)\",signature=\"([^\"]+)\",timestamp=\"(\\d+)\",serial_no=\"([^\"]+)\"");
    private static final Pattern TRADE_PATH = Pattern.compile("/v3/pay/transactions/out-trade-no/([^/?]+)(/close)?");
    /** The documented time format: RFC 3339 to the second, e.g. 2018-06-08T10:34:56+08:00. */
    private static final Pattern DOCUMENTED_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.ofHours(8));
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the fake keeps about a trade. */
    public static final class Trade {
        public final String outTradeNo;
        public final long amountFen;
        public final String notifyUrl;
        public final String timeExpire;
        public volatile String state = "NOTPAY";
        public volatile String transactionId;
        public volatile Instant successTime;

        Trade(String outTradeNo, long amountFen, String notifyUrl, String timeExpire) {
            this.outTradeNo = outTradeNo;
            this.amountFen = amountFen;
            this.notifyUrl = notifyUrl;
            this.timeExpire = timeExpire;
        }
    }

    /** A notification as WeChat Pay posts it: the Wechatpay-* headers and the body. */
    public record Notification(String timestamp, String nonce, String signature, String serial, String body) {
    }

    private final WechatPayTestKeys keys;
    private final Signing signing;
    private final HttpServer server;
    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** When set, answers are signed with a key that is not the platform's. */
    public volatile boolean forgeAnswers;

    private FakeWechatPay(WechatPayTestKeys keys, Signing signing, int port) throws IOException {
        this.keys = keys;
        this.signing = signing;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/v3/", this::handle);
        server.start();
    }

    /** Starts on a loopback port (0 for any free one). */
    public static FakeWechatPay start(WechatPayTestKeys keys, Signing signing, int port) throws IOException {
        return new FakeWechatPay(keys, signing, port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Trade trade(String outTradeNo) {
        return trades.get(outTradeNo);
    }

    public List<String> tradeNumbersStartingWith(String prefix) {
        return trades.keySet().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
    }

    /** Method and path of every request received, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The payer pays, and no notification is sent (the lost-notification case). */
    public Trade paySilently(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        if (trade.state.equals("NOTPAY")) {
            trade.transactionId = "42000" + String.format("%023d", Math.abs(RANDOM.nextLong()) % 100_000_000_000_000_000L);
            trade.successTime = Instant.now();
            trade.state = "SUCCESS";
        }
        return trade;
    }

    /**
     * A signed TRANSACTION.SUCCESS notification of a trade, reporting it paid with {@code amountFen}, shaped like the
     * documented sample of 支付成功结果通知. For a trade not paid at the fake it is what a forger would claim.
     */
    public Notification notification(String outTradeNo, long amountFen) {
        Trade trade = trades.get(outTradeNo);
        Trade claimed = new Trade(trade.outTradeNo, trade.amountFen, trade.notifyUrl, trade.timeExpire);
        claimed.state = "SUCCESS";
        claimed.transactionId = trade.transactionId != null ? trade.transactionId : "4200000000000000000000000001";
        claimed.successTime = trade.successTime != null ? trade.successTime : Instant.now();
        String resourceNonce = randomText(12);
        String ciphertext = encrypt(transactionJson(claimed, amountFen), resourceNonce, "transaction");
        String body = """
                {"id":"EV-2018022511223320873","create_time":"%s","resource_type":"encrypt-resource",\
                "event_type":"TRANSACTION.SUCCESS","summary":"支付成功","resource":{"original_type":"transaction",\
                "algorithm":"AEAD_AES_256_GCM","ciphertext":"%s","associated_data":"transaction","nonce":"%s"}}"""
                .formatted(TIME.format(Instant.now()), ciphertext, resourceNonce);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = randomText(32);
        return new Notification(timestamp, nonce, sign(keys.platform().getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n"),
                serial(), body);
    }

    /** The same notification signed by a key that is not WeChat Pay's (a forgery). */
    public Notification forged(Notification genuine) {
        return new Notification(genuine.timestamp(), genuine.nonce(), sign(WechatPayTestKeys.generate().platform().getPrivate(),
                genuine.timestamp() + "\n" + genuine.nonce() + "\n" + genuine.body() + "\n"), genuine.serial(), genuine.body());
    }

    /** Posts a notification to the trade's notify_url; answers the HTTP status SealDesk replied with. */
    public int send(String outTradeNo, Notification notification) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(trades.get(outTradeNo).notifyUrl))
                .header("Content-Type", "application/json")
                .header("Wechatpay-Timestamp", notification.timestamp())
                .header("Wechatpay-Nonce", notification.nonce())
                .header("Wechatpay-Signature", notification.signature())
                .header("Wechatpay-Serial", notification.serial())
                .header("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048")
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What WeChat Pay names its key by in Wechatpay-Serial. */
    public String serial() {
        return signing == Signing.PUBLIC_KEY ? WechatPayTestKeys.PUBLIC_KEY_ID : keys.platformSerial();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(method + " " + pathAndQuery);
            if (!signedByMerchant(exchange.getRequestHeaders().getFirst("Authorization"), method, pathAndQuery, body)) {
                answer(exchange, 401, error("SIGN_ERROR", "签名错误"));
                return;
            }
            if (!namesOurKey(exchange.getRequestHeaders().getFirst("Wechatpay-Serial"))) {
                answer(exchange, 400, error("PARAM_ERROR", "Wechatpay-Serial 与微信支付公钥或平台证书不匹配"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Matcher tradePath = TRADE_PATH.matcher(path);
            if (method.equals("POST") && path.equals("/v3/pay/transactions/native")) {
                prepay(exchange, parse(body));
            } else if (tradePath.matches()) {
                Trade trade = trades.get(tradePath.group(1));
                if (trade == null) {
                    answer(exchange, 404, error("ORDER_NOT_EXIST", "订单不存在"));
                } else if (tradePath.group(2) != null) {
                    if (trade.state.equals("SUCCESS") || trade.state.equals("REFUND")) {
                        answer(exchange, 400, error("ORDERPAID", "订单已支付"));
                        return;
                    }
                    trade.state = "CLOSED";
                    answer(exchange, 204, "");
                } else {
                    answer(exchange, 200, transactionJson(trade, trade.amountFen));
                }
            } else if (method.equals("POST") && path.equals("/v3/refund/domestic/refunds")) {
                refund(exchange, parse(body));
            } else {
                answer(exchange, 404, error("NOT_FOUND", "没有这个接口"));
            }
        }
    }

    private void prepay(HttpExchange exchange, JsonObject prepay) throws IOException {
        String timeExpire = prepay.getString("time_expire", null);
        if (timeExpire != null && !DOCUMENTED_TIME.matcher(timeExpire).matches()) {
            answer(exchange, 400, error("PARAM_ERROR", "time_expire 格式错误"));
            return;
        }
        Trade trade = new Trade(prepay.getString("out_trade_no"),
                prepay.getJsonObject("amount").getJsonNumber("total").longValueExact(), prepay.getString("notify_url"),
                timeExpire);
        if (trades.putIfAbsent(trade.outTradeNo, trade) != null) {
            answer(exchange, 400, error("OUT_TRADE_NO_USED", "商户订单号重复"));
            return;
        }
        answer(exchange, 200, "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=" + Integer.toHexString(trade.outTradeNo.hashCode())
                + "\"}");
    }

    private void refund(HttpExchange exchange, JsonObject refund) throws IOException {
        Trade trade = trades.get(refund.getString("out_trade_no"));
        long amount = refund.getJsonObject("amount").getJsonNumber("refund").longValueExact();
        if (trade == null || !trade.state.equals("SUCCESS") || amount > trade.amountFen) {
            answer(exchange, 400, error("INVALID_REQUEST", "不能退款"));
            return;
        }
        trade.state = "REFUND";
        answer(exchange, 200, """
                {"refund_id":"50000%s","out_refund_no":"%s","transaction_id":"%s","out_trade_no":"%s",\
                "channel":"ORIGINAL","user_received_account":"支付用户零钱","create_time":"%s","status":"PROCESSING",\
                "amount":{"total":%d,"refund":%d,"payer_total":%d,"payer_refund":%d,"settlement_refund":%d,\
                "settlement_total":%d,"discount_refund":0,"currency":"CNY"}}"""
                .formatted(randomDigits(27), refund.getString("out_refund_no"), trade.transactionId, trade.outTradeNo,
                        TIME.format(Instant.now()), trade.amountFen, amount, trade.amountFen, amount, amount, trade.amountFen));
    }

    /** A transaction as the documented query answer and notification resource show it. */
    private static String transactionJson(Trade trade, long amountFen) {
        if (!trade.state.equals("SUCCESS") && !trade.state.equals("REFUND")) {
            return """
                    {"appid":"%s","mchid":"%s","out_trade_no":"%s","trade_state":"%s","trade_state_desc":"%s",\
                    "amount":{"total":%d,"currency":"CNY"}}"""
                    .formatted(WechatPayTestKeys.APPID, WechatPayTestKeys.MCHID, trade.outTradeNo, trade.state,
                            trade.state.equals("CLOSED") ? "订单已关闭" : "订单未支付", amountFen);
        }
        return """
                {"amount":{"currency":"CNY","payer_currency":"CNY","payer_total":%d,"total":%d},"appid":"%s",\
                "attach":"","bank_type":"OTHERS","mchid":"%s","out_trade_no":"%s",\
                "payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},"promotion_detail":[],"success_time":"%s",\
                "trade_state":"%s","trade_state_desc":"支付成功","trade_type":"NATIVE","transaction_id":"%s"}"""
                .formatted(amountFen, amountFen, WechatPayTestKeys.APPID, WechatPayTestKeys.MCHID, trade.outTradeNo,
                        TIME.format(trade.successTime), trade.state, trade.transactionId);
    }

    private boolean signedByMerchant(String authorization, String method, String pathAndQuery, String body) {
        Matcher header = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (header == null || !header.matches() || !WechatPayTestKeys.MCHID.equals(header.group(1))
                || !WechatPayTestKeys.MERCHANT_SERIAL.equals(header.group(5))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.merchant().getPublic());
            verifier.update((method + "\n" + pathAndQuery + "\n" + header.group(4) + "\n" + header.group(2) + "\n" + body + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(header.group(3)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A request's Wechatpay-Serial must name the public key's id, or the certificate (as a number). */
    private boolean namesOurKey(String serial) {
        if (serial == null) {
            return false;
        }
        if (signing == Signing.PUBLIC_KEY) {
            return serial.equals(WechatPayTestKeys.PUBLIC_KEY_ID);
        }
        try {
            return new BigInteger(serial, 16).equals(keys.platformCertificate().getSerialNumber());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = randomText(32);
        PrivateKey key = forgeAnswers ? WechatPayTestKeys.generate().platform().getPrivate() : keys.platform().getPrivate();
        exchange.getResponseHeaders().add("Wechatpay-Timestamp", timestamp);
        exchange.getResponseHeaders().add("Wechatpay-Nonce", nonce);
        exchange.getResponseHeaders().add("Wechatpay-Signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        exchange.getResponseHeaders().add("Wechatpay-Serial", serial());
        exchange.getResponseHeaders().add("Request-ID", "08F4D2B5A20610" + randomDigits(20));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String encrypt(String plaintext, String nonce, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.apiV3Key(), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(PrivateKey key, String text) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String error(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }

    private static String randomText(int length) {
        byte[] bytes = new byte[length / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String randomDigits(int length) {
        StringBuilder digits = new StringBuilder();
        RANDOM.ints(length, 0, 10).forEach(digits::append);
        return digits.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
