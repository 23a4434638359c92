package org.sealdesk.invoice;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The e-invoice provider's open API on loopback, as it answers: each call's {@code X-Nuonuo-Sign} checked with this
 * class's own HmacSHA1 (not the adapter's), the token and the seller; submitted orders become invoices after a
 * given number of queries that answer "in progress" (status 20); each invoice's PDF is served at the URL the result
 * names.
 */
public final class FakeNuonuo implements AutoCloseable {

    public static final String APP_KEY = "SD_TEST_KEY";
    public static final String APP_SECRET = "SD_TEST_SECRET_0123";
    public static final String TOKEN = "test-access-token";

    private final HttpServer server;
    private final Map<String, JsonObject> orders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> queriesLeft = new ConcurrentHashMap<>();
    private final List<JsonObject> submitted = new CopyOnWriteArrayList<>();
    private final AtomicInteger invoiceNumbers = new AtomicInteger(1);
    private volatile int pendingQueries;
    private volatile String refusal;

    private FakeNuonuo() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/open/v1/services", this::service);
        server.createContext("/pdf/", exchange -> reply(exchange, "application/pdf",
                ("%PDF-1.7 invoice " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.US_ASCII)));
        server.start();
    }

    public static FakeNuonuo start() {
        return new FakeNuonuo();
    }

    private void service(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        String expected = hmacSha1Base64(APP_SECRET, "a=services&l=v1&p=open&k=" + query.get("appkey") + "&i="
                + query.get("senid") + "&n=" + query.get("nonce") + "&t=" + query.get("timestamp") + "&f=" + body);
        String method = exchange.getRequestHeaders().getFirst("method");
        String answer;
        if (!APP_KEY.equals(query.get("appkey")) || !expected.equals(exchange.getRequestHeaders().getFirst("X-Nuonuo-Sign"))) {
            answer = "{\"code\":\"070301\",\"describe\":\"签名验证失败\",\"result\":null}";
        } else if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("accessToken"))) {
            answer = "{\"code\":\"070302\",\"describe\":\"accessToken 无效\",\"result\":null}";
        } else if (refusal != null && method.endsWith("requestBillingNew")) {
            answer = refusal;
        } else {
            JsonObject content = Json.createReader(new StringReader(body)).readObject();
            answer = method.endsWith("requestBillingNew") ? submit(content.getJsonObject("order"))
                    : query(content.getJsonArray("orderNos").getString(0));
        }
        reply(exchange, "application/json;charset=UTF-8", answer.getBytes(StandardCharsets.UTF_8));
    }

    private String submit(JsonObject order) {
        submitted.add(order);
        orders.put(order.getString("orderNo"), order);
        queriesLeft.put(order.getString("orderNo"), new AtomicInteger(pendingQueries));
        return "{\"code\":\"E0000\",\"describe\":\"开票提交成功\",\"result\":{\"invoiceSerialNum\":\"S"
                + order.getString("orderNo") + "\"}}";
    }

    private String query(String orderNo) {
        JsonObject order = orders.get(orderNo);
        if (order == null) {
            return "{\"code\":\"E0000\",\"describe\":\"\",\"result\":[]}";
        }
        if (queriesLeft.get(orderNo).getAndDecrement() > 0) {
            return "{\"code\":\"E0000\",\"describe\":\"\",\"result\":[{\"status\":\"20\",\"statusMsg\":\"开票中\"}]}";
        }
        if (!order.containsKey("invoiceNo")) {
            order = Json.createObjectBuilder(order).add("invoiceNo", String.format("2544200000%010d",
                    invoiceNumbers.getAndIncrement())).build();
            orders.put(orderNo, order);
        }
        String issued = order.getString("invoiceNo");
        return "{\"code\":\"E0000\",\"describe\":\"\",\"result\":[{\"status\":\"2\",\"statusMsg\":\"开票完成\",\"invoiceNo\":\""
                + issued + "\",\"invoiceTime\":1796350800000,\"pdfUrl\":\"" + url() + "/pdf/" + issued + ".pdf\"}]}";
    }

    private static void reply(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String hmacSha1Base64(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queries answer "in progress" this many more times, for orders submitted and to come, before each is made. */
    public FakeNuonuo pendingFor(int queries) {
        pendingQueries = queries;
        queriesLeft.values().forEach(left -> left.set(queries));
        return this;
    }

    /** Submissions are refused with this code and description. */
    public FakeNuonuo refuse(String code, String describe) {
        refusal = "{\"code\":\"" + code + "\",\"describe\":\"" + describe + "\",\"result\":null}";
        return this;
    }

    /** The orders submitted, as the provider received them. */
    public List<JsonObject> submitted() {
        return submitted;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
