package org.sealdesk.payment.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sealdesk.common.Money;
import org.sealdesk.payment.GatewayTrade;
import org.sealdesk.payment.SignedMessage;
import org.sealdesk.payment.TradeState;

/**
 * A stand-in for api.mch.weixin.qq.com on loopback that speaks the v3 wire format with test keys:
 * it checks each request's Authorization signature against the merchant's public key, signs its
 * answers with the platform key, and sends notifications like WeChat Pay does.
 */
public final class FakeWechatPay implements AutoCloseable {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"([^\"]+)\",nonce_str=\"([^\"]+)\",signature=\"([^\"]+)\",timestamp=\"(\\d+)\",serial_no=\"([^\"]+)\"");
    private static final Pattern TRADE_PATH = Pattern.compile("/v3/pay/transactions/out-trade-no/([^/?]+)(/close)?");

    /** What the fake keeps about a trade. */
    public static final class Trade {
        public final String outTradeNo;
        public final long amountFen;
        public final String notifyUrl;
        public final String timeExpire;
        public volatile TradeState state = TradeState.NOTPAY;
        public volatile String transactionId;
        public volatile Instant successTime;

        Trade(String outTradeNo, long amountFen, String notifyUrl, String timeExpire) {
            this.outTradeNo = outTradeNo;
            this.amountFen = amountFen;
            this.notifyUrl = notifyUrl;
            this.timeExpire = timeExpire;
        }
    }

    private final WechatPayTestKeys keys;
    private final HttpServer server;
    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** When set, answers are signed with a key that is not the platform's. */
    public volatile boolean forgeAnswers;

    private FakeWechatPay(WechatPayTestKeys keys, int port) throws IOException {
        this.keys = keys;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/v3/", this::handle);
        server.start();
    }

    /** Starts on a loopback port (0 for any free one). */
    public static FakeWechatPay start(WechatPayTestKeys keys, int port) throws IOException {
        return new FakeWechatPay(keys, port);
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
        if (trade.state == TradeState.NOTPAY) {
            trade.transactionId = "4200000" + System.nanoTime();
            trade.successTime = Instant.now();
            trade.state = TradeState.SUCCESS;
        }
        return trade;
    }

    /** A signed TRANSACTION.SUCCESS notification of a trade, reporting {@code amountFen}. */
    public SignedMessage notification(String outTradeNo, long amountFen) {
        Trade trade = trades.get(outTradeNo);
        String transaction = WechatPayProtocol.transactionJson(WechatPayTestKeys.APPID, WechatPayTestKeys.MCHID,
                new GatewayTrade(outTradeNo, TradeState.SUCCESS, trade.transactionId, Money.ofFen(amountFen), trade.successTime));
        return WechatPayProtocol.signed(keys.platform().getPrivate(), keys.platformSerial(), Instant.now(),
                WechatPayProtocol.notificationBody(keys.apiV3Key(), transaction, Instant.now()));
    }

    /** Posts a notification to the trade's notify_url; answers the HTTP status SealDesk replied with. */
    public int send(String outTradeNo, SignedMessage notification) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(trades.get(outTradeNo).notifyUrl))
                .header("Content-Type", "application/json")
                .header("Wechatpay-Timestamp", notification.timestamp())
                .header("Wechatpay-Nonce", notification.nonce())
                .header("Wechatpay-Signature", notification.signature())
                .header("Wechatpay-Serial", notification.serial())
                .header("Wechatpay-Signature-Type", WechatPayProtocol.SCHEMA)
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
            String path = exchange.getRequestURI().getPath();
            Matcher tradePath = TRADE_PATH.matcher(path);
            if (method.equals("POST") && path.equals("/v3/pay/transactions/native")) {
                JsonObject prepay = WechatPayProtocol.parse(body);
                Trade trade = new Trade(prepay.getString("out_trade_no"),
                        prepay.getJsonObject("amount").getJsonNumber("total").longValueExact(),
                        prepay.getString("notify_url"), prepay.getString("time_expire"));
                if (trades.putIfAbsent(trade.outTradeNo, trade) != null) {
                    answer(exchange, 400, error("OUT_TRADE_NO_USED", "商户订单号重复"));
                    return;
                }
                answer(exchange, 200, Json.createObjectBuilder()
                        .add("code_url", "weixin://wxpay/bizpayurl?pr=" + trade.outTradeNo.hashCode()).build().toString());
            } else if (tradePath.matches()) {
                Trade trade = trades.get(tradePath.group(1));
                if (trade == null) {
                    answer(exchange, 404, error("ORDER_NOT_EXIST", "订单不存在"));
                } else if (tradePath.group(2) != null) {
                    if (trade.state.isPaid()) {
                        answer(exchange, 400, error("ORDERPAID", "订单已支付"));
                        return;
                    }
                    trade.state = TradeState.CLOSED;
                    answer(exchange, 204, "");
                } else {
                    answer(exchange, 200, WechatPayProtocol.transactionJson(WechatPayTestKeys.APPID, WechatPayTestKeys.MCHID,
                            new GatewayTrade(trade.outTradeNo, trade.state, trade.transactionId,
                                    Money.ofFen(trade.amountFen), trade.successTime)));
                }
            } else if (method.equals("POST") && path.equals("/v3/refund/domestic/refunds")) {
                JsonObject refund = WechatPayProtocol.parse(body);
                Trade trade = trades.get(refund.getString("out_trade_no"));
                long amount = refund.getJsonObject("amount").getJsonNumber("refund").longValueExact();
                if (trade == null || !trade.state.isPaid() || amount > trade.amountFen) {
                    answer(exchange, 400, error("INVALID_REQUEST", "不能退款"));
                    return;
                }
                trade.state = TradeState.REFUND;
                answer(exchange, 200, Json.createObjectBuilder()
                        .add("refund_id", "50000" + System.nanoTime())
                        .add("out_refund_no", refund.getString("out_refund_no"))
                        .add("transaction_id", trade.transactionId)
                        .add("out_trade_no", trade.outTradeNo)
                        .add("channel", "ORIGINAL")
                        .add("status", "PROCESSING")
                        .add("create_time", WechatPayProtocol.rfc3339(Instant.now()))
                        .add("amount", Json.createObjectBuilder().add("refund", amount).add("total", trade.amountFen)
                                .add("currency", "CNY"))
                        .build().toString());
            } else {
                answer(exchange, 404, error("NOT_FOUND", "没有这个接口"));
            }
        }
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
            verifier.update(WechatPayProtocol.requestText(method, pathAndQuery, Long.parseLong(header.group(4)),
                    header.group(2), body).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(header.group(3)));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        SignedMessage signed = WechatPayProtocol.signed(
                forgeAnswers ? WechatPayTestKeys.generate().platform().getPrivate() : keys.platform().getPrivate(),
                keys.platformSerial(), Instant.now(), body);
        exchange.getResponseHeaders().add("Wechatpay-Timestamp", signed.timestamp());
        exchange.getResponseHeaders().add("Wechatpay-Nonce", signed.nonce());
        exchange.getResponseHeaders().add("Wechatpay-Signature", signed.signature());
        exchange.getResponseHeaders().add("Wechatpay-Serial", signed.serial());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String error(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message).build().toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
