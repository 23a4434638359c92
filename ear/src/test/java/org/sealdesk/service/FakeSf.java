package org.sealdesk.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The fake SF Express the server under test calls (FakeSfExpress, started by the test run outside the server), reached
 * from inside the server over loopback: routes are set through its {@code /fake/routes}; pushes go to this server's
 * own {@code /couriers/sf/routes} as SF sends them.
 */
final class FakeSf {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FakeSf() {
    }

    /** SF will report this step (Beijing time, as SF writes it) for the waybill from now on. */
    static void route(String waybill, String acceptTime, String opCode, String remark) throws Exception {
        String service = ConfigProvider.getConfig().getValue("sealdesk.shipping.sf.service-url", String.class);
        post(URI.create(service).resolve("/fake/routes"), "application/x-www-form-urlencoded", Map.of("waybill", waybill,
                "acceptTime", acceptTime, "opCode", opCode, "remark", remark).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** Pushes a route step for the waybill to this server, as SF does (no signature); @return the answer's body */
    static String push(String body) throws IOException, InterruptedException {
        int port = ConfigProvider.getConfig().getValue("HTTP_PORT", Integer.class);
        return post(URI.create("http://127.0.0.1:" + port + "/couriers/sf/routes"), "application/json", body).body();
    }

    static String pushOf(String waybill, String opCode, String remark) {
        return "{\"Body\":{\"WaybillRoute\":[{\"mailno\":\"" + waybill + "\",\"acceptAddress\":\"肇庆市\",\"reasonName\":"
                + "\"\",\"orderid\":\"x\",\"acceptTime\":\"2026-12-04 10:00:00\",\"remark\":\"" + remark + "\","
                + "\"opCode\":\"" + opCode + "\",\"id\":\"1\",\"reasonCode\":\"\"}]}}";
    }

    private static HttpResponse<String> post(URI uri, String type, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
