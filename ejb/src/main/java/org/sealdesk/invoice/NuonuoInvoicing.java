package org.sealdesk.invoice;

import static org.sealdesk.platform.JsonAnswers.text;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.platform.JsonAnswers;

/**
 * An e-invoice provider's open API (诺诺 open platform): {@code POST /open/v1/services} with the method in a header
 * and the signature {@code X-Nuonuo-Sign} = Base64(HmacSHA1(appSecret, "a=services&l=v1&p=open&k=<appKey>&i=<senid>
 * &n=<nonce>&t=<timestamp>&f=<body>")). Issuing asks first whether the order already has an invoice (so a retry
 * after a lost answer never issues twice), submits it ({@code requestBillingNew}, blue or red), then asks for the
 * result a few times ({@code queryInvoiceResult}) and fetches the PDF it names. An invoice still being made is
 * reported as such; issuing again later picks it up.
 */
public class NuonuoInvoicing implements Invoicing {

    /** @param baseUrl {@code https://sdk.nuonuo.com} (sandbox {@code https://sandbox.nuonuocs.cn}) */
    public record Settings(URI baseUrl, String appKey, String appSecret, String accessToken, Duration resultWait) {

        @Override
        public String toString() {
            return "Nuonuo open platform, app " + appKey + " at " + baseUrl;
        }
    }

    static final String SUBMIT = "nuonuo.OpeMplatform.requestBillingNew";
    static final String QUERY = "nuonuo.OpeMplatform.queryInvoiceResult";
    private static final String DONE = "2";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ServiceZone.ZONE);

    private final Settings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public NuonuoInvoicing(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean issues() {
        return true;
    }

    @Override
    public Issued issue(InvoiceDraft draft) {
        String orderNo = draft.orderNumber() + (draft.isRed() ? "R" : "B");
        JsonObject result = result(draft, orderNo);
        if (result == null) {
            call(draft, SUBMIT, Json.createObjectBuilder().add("order", order(draft, orderNo)).build());
        }
        long deadline = clock.millis() + settings.resultWait().toMillis();
        while ((result == null || !DONE.equals(text(result, "status"))) && clock.millis() < deadline) {
            pause();
            result = result(draft, orderNo);
        }
        if (result == null || !DONE.equals(text(result, "status"))) {
            String status = result == null ? "" : text(result, "status") + " " + text(result, "statusMsg");
            throw new RuleViolation("invoice.provider.pending", status.strip());
        }
        String number = text(result, "invoiceNo");
        long time = result.getJsonNumber("invoiceTime") == null ? clock.millis()
                : result.getJsonNumber("invoiceTime").longValue();
        return new Issued(number, Instant.ofEpochMilli(time), pdf(text(result, "pdfUrl")), "application/pdf");
    }

    private JsonObjectBuilder order(InvoiceDraft draft, String orderNo) {
        InvoiceBuyer buyer = draft.buyer();
        String sign = draft.isRed() ? "-" : "";
        JsonObjectBuilder order = Json.createObjectBuilder().add("buyerName", buyer.getTitle())
                .add("buyerTaxNum", nonNull(buyer.getTaxNumber()))
                .add("buyerTel", nonNull(buyer.getPhone())).add("buyerAddress", nonNull(buyer.getAddress()))
                .add("buyerAccount", (nonNull(buyer.getBank()) + " " + nonNull(buyer.getAccount())).strip())
                .add("salerTaxNum", draft.seller().taxNumber()).add("orderNo", orderNo)
                .add("invoiceDate", TIME.format(clock.instant())).add("clerk", draft.clerk()).add("pushMode", "-1")
                .add("email", buyer.getEmail()).add("invoiceType", draft.isRed() ? "2" : "1")
                .add("invoiceLine", "pc")
                .add("invoiceDetail", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("goodsName", draft.item()).add("num", sign + "1").add("withTaxFlag", "1")
                        .add("price", draft.amount().yuan()).add("taxIncludedAmount", sign + draft.amount().yuan())
                        .add("tax", sign + draft.tax().yuan()).add("taxRate", rate(draft.rateBasisPoints()))));
        if (draft.isRed()) {
            order.add("invoiceNum", draft.reverses());
        }
        return order;
    }

    /** The provider's record of the order's invoice, or null when it has none. */
    private JsonObject result(InvoiceDraft draft, String orderNo) {
        JsonValue found = call(draft, QUERY, Json.createObjectBuilder().add("orderNos",
                Json.createArrayBuilder().add(orderNo)).add("isOfferInvoiceDetail", "0").build()).get("result");
        return found instanceof JsonArray list && !list.isEmpty() ? list.getJsonObject(0) : null;
    }

    private JsonObject call(InvoiceDraft draft, String method, JsonObject content) {
        String body = content.toString();
        String senid = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        String nonce = String.format("%08d", RANDOM.nextInt(100_000_000));
        String timestamp = Long.toString(clock.millis() / 1000);
        URI uri = settings.baseUrl().resolve("/open/v1/services?senid=" + senid + "&nonce=" + nonce + "&timestamp="
                + timestamp + "&appkey=" + URLEncoder.encode(settings.appKey(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json;charset=UTF-8")
                .header("X-Nuonuo-Sign", sign(settings.appSecret(), settings.appKey(), senid, nonce, timestamp, body))
                .header("accessToken", settings.accessToken()).header("userTax", draft.seller().taxNumber())
                .header("method", method).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        JsonObject answer = JsonAnswers.object(send(request, HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8)), "invoice.provider.refused");
        if (!"E0000".equals(text(answer, "code"))) {
            throw new RuleViolation("invoice.provider.refused", text(answer, "code"), text(answer, "describe"));
        }
        return answer;
    }

    private byte[] pdf(String url) {
        if (url.isBlank()) {
            throw new RuleViolation("invoice.provider.refused", "-", "no pdfUrl in the result");
        }
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> T send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = http.send(request, handler);
            if (response.statusCode() != 200) {
                throw new RuleViolation("invoice.provider.unreachable", "HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new RuleViolation("invoice.provider.unreachable", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("invoice.provider.unreachable", "interrupted");
        }
    }

    /** Base64(HmacSHA1(appSecret, the request's fixed parts and body)), as the platform checks it. */
    static String sign(String appSecret, String appKey, String senid, String nonce, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(("a=services&l=v1&p=open&k=" + appKey + "&i=" + senid
                    + "&n=" + nonce + "&t=" + timestamp + "&f=" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(1000, Math.max(10, settings.resultWait().toMillis() / 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 0.06 for 600 basis points. */
    private static String rate(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 4).stripTrailingZeros().toPlainString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }



    @Override
    public String describe() {
        return settings.toString();
    }
}
