package org.sealdesk.payment.wechat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.GatewayException;
import org.sealdesk.payment.GatewayMessage;
import org.sealdesk.payment.GatewayTrade;
import org.sealdesk.payment.NotificationReply;
import org.sealdesk.payment.PaymentGateway;
import org.sealdesk.payment.PrepayRequest;
import org.sealdesk.payment.RefundRequest;
import org.sealdesk.payment.RefundResult;
import org.sealdesk.payment.RefundStatus;

/**
 * WeChat Pay API v3, Native payment (the payer scans a QR code): prepay, query by out_trade_no,
 * close, refund, and notifications. A small client of our own because the official SDK's services
 * only talk to WeChat's own hosts, and our tests talk to a fake server on loopback.
 */
public class WechatPayGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(WechatPayGateway.class.getName());

    private final WechatPaySettings settings;
    private final Clock clock;
    private final HttpClient http;

    public WechatPayGateway(WechatPaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public String name() {
        return "wechat";
    }

    @Override
    public String describe() {
        return "WeChat Pay API v3 Native at " + settings.baseUrl() + " (merchant " + settings.mchid() + ")";
    }

    @Override
    public String prepay(PrepayRequest request) {
        String body = Json.createObjectBuilder()
                .add("appid", settings.appid())
                .add("mchid", settings.mchid())
                .add("description", request.description())
                .add("out_trade_no", request.outTradeNo())
                .add("time_expire", WechatPayProtocol.rfc3339(request.expiresAt()))
                .add("notify_url", settings.notifyUrl())
                .add("amount", Json.createObjectBuilder().add("total", request.amount().fen()).add("currency", "CNY"))
                .build().toString();
        JsonObject answer = WechatPayProtocol.parse(call("POST", "/v3/pay/transactions/native", body));
        return answer.getString("code_url");
    }

    @Override
    public GatewayTrade query(String outTradeNo) {
        return WechatPayProtocol.trade(WechatPayProtocol.parse(call("GET", "/v3/pay/transactions/out-trade-no/"
                + encode(outTradeNo) + "?mchid=" + encode(settings.mchid()), "")));
    }

    @Override
    public boolean close(String outTradeNo) {
        try {
            call("POST", "/v3/pay/transactions/out-trade-no/" + encode(outTradeNo) + "/close",
                    Json.createObjectBuilder().add("mchid", settings.mchid()).build().toString());
            return true;
        } catch (GatewayException refused) {
            if ("ORDERPAID".equals(refused.code())) {
                return false;
            }
            throw refused;
        }
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        String body = Json.createObjectBuilder()
                .add("out_trade_no", request.outTradeNo())
                .add("out_refund_no", request.outRefundNo())
                .add("reason", request.reason())
                .add("amount", Json.createObjectBuilder().add("refund", request.refund().fen())
                        .add("total", request.total().fen()).add("currency", "CNY"))
                .build().toString();
        JsonObject answer = WechatPayProtocol.parse(call("POST", "/v3/refund/domestic/refunds", body));
        String status = answer.getString("status", "");
        return new RefundResult(answer.getString("refund_id", null), switch (status) {
            case "SUCCESS" -> RefundStatus.SUCCEEDED;
            case "PROCESSING" -> RefundStatus.PROCESSING;
            default -> RefundStatus.FAILED;
        });
    }

    @Override
    public GatewayTrade verifiedNotification(GatewayMessage notification) {
        SignedMessage signed = SignedMessage.of(notification);
        WechatPayProtocol.verify(signed, settings.platformKeys(), clock.instant());
        return WechatPayProtocol.notifiedTrade(signed.body(), settings.apiV3Key(), settings.mchid());
    }

    @Override
    public NotificationReply reply(int status, String reason) {
        return WechatPayProtocol.notificationReply(status, reason);
    }

    /** Sends a signed request and answers the verified body of a 2xx response. */
    private String call(String method, String pathAndQuery, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String authorization = WechatPayProtocol.authorization(settings.mchid(), settings.merchantSerial(),
                settings.merchantKey(), method, pathAndQuery, timestamp, WechatPayProtocol.nonce(), body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl().toString().replaceAll("/$", "")
                        + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization)
                .header("Wechatpay-Serial", settings.platformKeys().requestSerial())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("User-Agent", "SealDesk")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayException("WeChat Pay unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("Interrupted while calling WeChat Pay", e);
        }
        if (response.statusCode() / 100 != 2) {
            JsonObject error = errorOf(response.body());
            LOG.warning(() -> "WeChat Pay " + method + " " + pathAndQuery + " answered " + response.statusCode() + " "
                    + error);
            throw new GatewayException(error.getString("code", "HTTP_" + response.statusCode()),
                    error.getString("message", ""));
        }
        HttpHeaders headers = response.headers();
        SignedMessage signed = new SignedMessage(headers.firstValue("Wechatpay-Timestamp").orElse(null),
                headers.firstValue("Wechatpay-Nonce").orElse(null), headers.firstValue("Wechatpay-Signature").orElse(null),
                headers.firstValue("Wechatpay-Serial").orElse(null), response.body());
        try {
            WechatPayProtocol.verify(signed, settings.platformKeys(), clock.instant());
        } catch (RuleViolation unverified) {
            throw new GatewayException("SIGN_ERROR", "Response to " + method + " " + pathAndQuery
                    + " failed verification: " + unverified.messageKey());
        }
        return response.body();
    }

    private static JsonObject errorOf(String body) {
        try {
            return WechatPayProtocol.parse(body);
        } catch (RuleViolation notJson) {
            return Json.createObjectBuilder().build();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
