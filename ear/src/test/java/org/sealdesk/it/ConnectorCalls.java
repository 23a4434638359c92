package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.sealdesk.connector.local.RunningConnector;

/** What a SealDesk page asks the connector on the PC, asked directly by a test (with the site's origin). */
final class ConnectorCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ConnectorCalls() {
    }

    /** GET {@code path}, which must answer 200. */
    static JsonObject get(RunningConnector connector, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(request(connector, path).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer);
    }

    /** POST {@code body} to {@code path}, whatever the answer. */
    /** The serial of the first initialised ukey the connector lists: the one production made on its blank ukey. */
    static String initialisedSerial(RunningConnector connector) throws Exception {
        return get(connector, "/v1/tokens").getJsonArray("tokens").stream().map(JsonValue::asJsonObject)
                .filter(token -> token.getBoolean("initialised")).findFirst().orElseThrow().getString("serial");
    }

    static HttpResponse<String> post(RunningConnector connector, String path, String body) throws Exception {
        return HTTP.send(request(connector, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static HttpRequest.Builder request(RunningConnector connector, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.port() + path))
                .header("Origin", IntegrationServer.url());
    }
}
