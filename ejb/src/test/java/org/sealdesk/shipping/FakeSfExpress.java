package org.sealdesk.shipping;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SF Express open platform's {@code /std/service} on loopback, as the platform answers: it checks each call's
 * {@code msgDigest} with its own MD5 and Base64 (not the adapter's code) and its partner, then makes waybills for
 * orders and answers routes that a test sets per waybill ({@link #route}, or a form POST to {@code /fake/routes}
 * with the same fields). Route steps are JSON objects as SF writes them.
 */
public final class FakeSfExpress implements AutoCloseable {

    public static final String PARTNER = "SEALDESK_TEST";
    public static final String CHECK_WORD = "fakeCheckWord0123456789";

    private final HttpServer server;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> routes = new ConcurrentHashMap<>();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final AtomicLong waybills = new AtomicLong(444_000_000_0001L);

    private FakeSfExpress(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/std/service", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(form);
            byte[] body = answer(form).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // For tests that run inside the server under test (Arquillian) and cannot reach this object.
        server.createContext("/fake/routes", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            route(form.get("waybill"), form.get("acceptTime"), form.get("opCode"), form.get("remark"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    /** @param port 0 for any free one */
    public static FakeSfExpress start(int port) {
        return new FakeSfExpress(port);
    }

    private String answer(Map<String, String> form) {
        String expected = md5Base64(URLEncoder.encode(form.getOrDefault("msgData", "") + form.get("timestamp")
                + CHECK_WORD, StandardCharsets.UTF_8));
        if (!PARTNER.equals(form.get("partnerID"))) {
            return platform("A1001", "partnerID 不存在");
        }
        if (!expected.equals(form.get("msgDigest"))) {
            return platform("A1006", "数字签名无效");
        }
        String service = form.get("serviceCode");
        String refusal = refusals.get(service);
        if (refusal != null) {
            return result("{\"success\":false,\"errorCode\":\"" + refusal.split(":", 2)[0] + "\",\"errorMsg\":\""
                    + refusal.split(":", 2)[1] + "\",\"msgData\":null}");
        }
        String data = form.get("msgData");
        return switch (service) {
            case "EXP_RECE_CREATE_ORDER" -> {
                String orderId = field(data, "orderId");
                yield result("{\"success\":true,\"errorCode\":\"S0000\",\"errorMsg\":null,\"msgData\":{\"orderId\":\""
                        + orderId + "\",\"waybillNoInfoList\":[{\"waybillType\":1,\"waybillNo\":\"SF"
                        + waybills.getAndIncrement() + "\"}]}}");
            }
            case "EXP_RECE_SEARCH_ROUTES" -> {
                String waybill = data.replaceAll(".*\"trackingNumber\":\\[\"([^\"]+)\".*", "$1");
                yield result("{\"success\":true,\"errorCode\":\"S0000\",\"errorMsg\":null,\"msgData\":{\"routeResps\":"
                        + "[{\"mailNo\":\"" + waybill + "\",\"routes\":[" + String.join(",",
                                routes.getOrDefault(waybill, List.of())) + "]}]}}");
            }
            default -> platform("A1004", "无对应服务权限");
        };
    }

    private static String field(String json, String name) {
        return json.replaceAll(".*\"" + name + "\":\"([^\"]*)\".*", "$1");
    }

    private static String platform(String code, String message) {
        return "{\"apiErrorMsg\":\"" + message + "\",\"apiResponseID\":\"r1\",\"apiResultCode\":\"" + code
                + "\",\"apiResultData\":null}";
    }

    private static String result(String data) {
        return "{\"apiErrorMsg\":\"\",\"apiResponseID\":\"r1\",\"apiResultCode\":\"A1000\",\"apiResultData\":\""
                + data.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static String md5Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a route step for the waybill, as SF reports it ({@code acceptTime} in Beijing time). */
    public FakeSfExpress route(String waybill, String acceptTime, String opCode, String remark) {
        routes.computeIfAbsent(waybill, w -> new CopyOnWriteArrayList<>()).add("{\"acceptAddress\":\"肇庆市\","
                + "\"acceptTime\":\"" + acceptTime + "\",\"remark\":\"" + remark + "\",\"opCode\":\"" + opCode + "\"}");
        return this;
    }

    /** The service's next answers refuse with the code and words, until {@link #accept}. */
    public FakeSfExpress refuse(String service, String code, String message) {
        refusals.put(service, code + ":" + message);
        return this;
    }

    public FakeSfExpress accept(String service) {
        refusals.remove(service);
        return this;
    }

    /** Every call's form, in arrival order. */
    public List<Map<String, String>> received() {
        return new ArrayList<>(received);
    }

    public URI serviceUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/std/service");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
