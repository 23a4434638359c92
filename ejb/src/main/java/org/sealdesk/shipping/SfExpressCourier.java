package org.sealdesk.shipping;

import static org.sealdesk.platform.JsonAnswers.text;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.platform.JsonAnswers;

/**
 * The SF Express open platform (丰桥): a form POST per service with {@code partnerID}, {@code requestID},
 * {@code serviceCode}, {@code timestamp}, {@code msgData} (JSON) and {@code msgDigest} =
 * Base64(MD5(URL-encode(msgData + timestamp + checkWord))). The platform answers {@code apiResultCode} (A1000 when it
 * took the call) and, inside {@code apiResultData} (a JSON string), the service's {@code success} and
 * {@code errorCode}. Orders: {@code EXP_RECE_CREATE_ORDER}; routes: {@code EXP_RECE_SEARCH_ROUTES}.
 */
public class SfExpressCourier implements Courier {

    /** @param serviceUrl {@code https://sfapi.sf-express.com/std/service} (sandbox: {@code sfapi-sbox}) */
    public record Settings(URI serviceUrl, String partnerId, String checkWord, String monthlyCard,
            Consignment.Sender sender) {

        @Override
        public String toString() {
            return "SF Express partner " + partnerId + " at " + serviceUrl;
        }
    }

    /**
     * Route operation codes that end a parcel's journey, as public client code lists them (unconfirmed against SF's
     * own table): 80 and 8000 signed for; 99 returned to the sender. Any other code is the parcel moving.
     */
    private static final Set<String> DELIVERED = Set.of("80", "8000");
    private static final Set<String> RETURNED = Set.of("99");
    private static final DateTimeFormatter ACCEPT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Settings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public SfExpressCourier(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean makesWaybills() {
        return true;
    }

    @Override
    public Waybill order(Consignment consignment) {
        Consignment.Sender from = consignment.sender();
        MailingAddress to = consignment.recipient();
        JsonObjectBuilder order = Json.createObjectBuilder().add("language", "zh-CN")
                .add("orderId", consignment.reference())
                .add("cargoDetails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", consignment.contents()).add("count", 1)))
                .add("contactInfoList", Json.createArrayBuilder()
                        .add(contact(1, from.company(), from.contact(), from.mobile(), from.province(), from.city(),
                                from.district(), from.street()))
                        .add(contact(2, null, to.getRecipient(), to.getMobile(), to.getProvince(), to.getCity(),
                                to.getDistrict(), to.getStreet())))
                .add("expressTypeId", 1).add("payMethod", 1).add("isReturnRoutelabel", 1);
        if (settings.monthlyCard() != null && !settings.monthlyCard().isBlank()) {
            order.add("monthlyCard", settings.monthlyCard());
        }
        JsonObject answer = call("EXP_RECE_CREATE_ORDER", order.build());
        JsonArray waybills = answer.getJsonArray("waybillNoInfoList");
        if (waybills == null || waybills.isEmpty()) {
            throw new RuleViolation("shipping.courier.refused", "-", "no waybill in the answer");
        }
        return new Waybill(waybills.getJsonObject(0).getString("waybillNo"));
    }

    private static JsonObjectBuilder contact(int type, String company, String name, String mobile, String province,
            String city, String county, String address) {
        JsonObjectBuilder contact = Json.createObjectBuilder().add("contactType", type).add("contact", name)
                .add("mobile", mobile).add("country", "CN").add("province", province).add("city", city)
                .add("county", county).add("address", address);
        if (company != null) {
            contact.add("company", company);
        }
        return contact;
    }

    @Override
    public List<RouteEvent.Reported> routes(Waybill waybill) {
        JsonObject answer = call("EXP_RECE_SEARCH_ROUTES", Json.createObjectBuilder().add("language", "zh-CN")
                .add("trackingType", "1").add("trackingNumber", Json.createArrayBuilder().add(waybill.value()))
                .add("methodType", "1").build());
        List<RouteEvent.Reported> route = new ArrayList<>();
        for (JsonValue parcel : answer.getJsonArray("routeResps") == null ? JsonValue.EMPTY_JSON_ARRAY
                : answer.getJsonArray("routeResps")) {
            JsonObject resp = parcel.asJsonObject();
            if (!waybill.value().equalsIgnoreCase(resp.getString("mailNo", ""))) {
                continue;
            }
            for (JsonValue step : resp.getJsonArray("routes") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : resp.getJsonArray("routes")) {
                route.add(reported(step.asJsonObject()));
            }
        }
        return route;
    }

    /** One route step as SF writes it, in queries and in pushes alike. */
    static RouteEvent.Reported reported(JsonObject step) {
        String code = text(step, "opCode");
        try {
            return new RouteEvent.Reported(LocalDateTime.parse(text(step, "acceptTime"), ACCEPT_TIME)
                    .atZone(ServiceZone.ZONE).toInstant(), text(step, "acceptAddress"), text(step, "remark"), code,
                    DELIVERED.contains(code) ? RouteProgress.DELIVERED
                            : RETURNED.contains(code) ? RouteProgress.RETURNED : RouteProgress.MOVING);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("shipping.courier.refused", code, "acceptTime " + text(step, "acceptTime"));
        }
    }


    /** Calls a service and answers its {@code msgData}, or throws with SF's code and words. */
    private JsonObject call(String service, JsonObject msgData) {
        String data = msgData.toString();
        String timestamp = Long.toString(clock.millis());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("partnerID", settings.partnerId());
        form.put("requestID", UUID.randomUUID().toString());
        form.put("serviceCode", service);
        form.put("timestamp", timestamp);
        form.put("msgData", data);
        form.put("msgDigest", digest(data + timestamp + settings.checkWord()));
        HttpRequest request = HttpRequest.newBuilder(settings.serviceUrl()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleViolation("shipping.courier.unreachable", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("shipping.courier.unreachable", "interrupted");
        }
        JsonObject answer = JsonAnswers.object(response.body(), "shipping.courier.refused");
        String platformCode = text(answer, "apiResultCode");
        if (!"A1000".equals(platformCode)) {
            throw new RuleViolation("shipping.courier.refused", platformCode, text(answer, "apiErrorMsg"));
        }
        JsonObject result = JsonAnswers.object(text(answer, "apiResultData"), "shipping.courier.refused");
        if (!result.getBoolean("success", false)) {
            throw new RuleViolation("shipping.courier.refused", text(result, "errorCode"), text(result, "errorMsg"));
        }
        return result.get("msgData") instanceof JsonObject answered ? answered : JsonValue.EMPTY_JSON_OBJECT;
    }


    /** Base64(MD5(URL-encode(text))), UTF-8 throughout, as the platform checks it. */
    static String digest(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                    .digest(URLEncoder.encode(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String describe() {
        return settings.toString();
    }
}
