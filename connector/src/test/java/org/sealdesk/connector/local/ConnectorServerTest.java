package org.sealdesk.connector.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.token.SoftwareTokens;
import org.sealdesk.token.TestCertificates;

/** The local program's HTTP API against software tokens: origins, preflights, operations and tickets. */
class ConnectorServerTest {

    private static final String SITE = "https://seal.example.cn";
    private static final String PIN = "123456";
    private static final String SO_PIN = "87654321";

    @TempDir
    Path tokensDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringBuilder log = new StringBuilder();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.append(record.getMessage()).append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private TestTickets tickets;
    private ConnectorServer server;

    @BeforeEach
    void start() throws Exception {
        SoftwareTokens software = new SoftwareTokens(tokensDir);
        software.addBlank("SD0001").initialise("ukey", SO_PIN.toCharArray(), PIN.toCharArray());
        tickets = new TestTickets();
        Logger.getLogger(ConnectorServer.class.getName()).addHandler(logCapture);
        server = new ConnectorServer(software, Set.of(SITE), new Tickets(tickets.server.getPublic(), Clock.systemUTC()), 0);
    }

    @AfterEach
    void stop() {
        server.close();
        Logger.getLogger(ConnectorServer.class.getName()).removeHandler(logCapture);
    }

    @Test
    void answersOnlyTheConfiguredOriginsAndTheirPrivateNetworkPreflights() throws Exception {
        HttpResponse<String> preflight = http.send(request("/v1/tokens", SITE)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Private-Network", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals(SITE, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("true", preflight.headers().firstValue("Access-Control-Allow-Private-Network").orElse(null));

        HttpResponse<String> stranger = http.send(request("/v1/tokens", "https://evil.example").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, stranger.statusCode());
        assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals("ORIGIN_REFUSED", json(stranger).getString("error"));
        HttpResponse<String> noOrigin = http.send(HttpRequest.newBuilder(uri("/v1/tokens")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noOrigin.statusCode(), "a request without an Origin is no page of the platform's");

        assertEquals(403, rawStatus("GET /v1/tokens HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nOrigin: " + SITE
                + "\r\nConnection: close\r\n\r\n"), "a rebound DNS name is refused");
    }

    @Test
    void listsTheTokenVerifiesThePinAndMakesARequest() throws Exception {
        JsonObject listed = json(get("/v1/tokens"));
        JsonObject token = listed.getJsonArray("tokens").getJsonObject(0);
        assertEquals("SD0001", token.getString("serial"));
        assertEquals(6, token.getJsonObject("pin").getInt("triesLeft"));

        HttpResponse<String> wrong = post("/v1/tokens/SD0001/verify-pin", "{\"pin\":\"000000\"}");
        assertEquals(403, wrong.statusCode());
        assertEquals("WRONG_PIN", json(wrong).getString("error"));
        assertEquals(5, json(wrong).getInt("triesLeft"));
        assertEquals("PIN 码错误，还可尝试 5 次。", json(wrong).getString("message"));
        assertEquals(200, post("/v1/tokens/SD0001/verify-pin", "{\"pin\":\"" + PIN + "\"}").statusCode());

        HttpResponse<String> keys = post("/v1/tokens/SD0001/key-pair", "{\"pin\":\"" + PIN
                + "\",\"algorithm\":\"EC_P256\",\"subject\":\"CN=张三,C=CN\"}");
        assertEquals(200, keys.statusCode(), keys.body());
        PKCS10CertificationRequest csr = new PKCS10CertificationRequest(Base64.getDecoder().decode(json(keys).getString("csr")));
        assertEquals("CN=张三,C=CN", csr.getSubject().toString());

        assertEquals("SD0001", json(get("/v1/token")).getJsonObject("token").getString("serial"), "the one ukey");
        new SoftwareTokens(tokensDir).addBlank("SD0002").initialise("ukey", SO_PIN.toCharArray(), PIN.toCharArray());
        HttpResponse<String> several = get("/v1/token");
        assertEquals(409, several.statusCode());
        assertEquals("SEVERAL_TOKENS", json(several).getString("error"));
        assertEquals(404, post("/v1/tokens/NOPE/verify-pin", "{\"pin\":\"" + PIN + "\"}").statusCode());
        assertEquals("BAD_REQUEST", json(post("/v1/tokens/SD0001/verify-pin", "not json")).getString("error"));
        assertFalse(log.toString().contains(PIN) || log.toString().contains("000000"), "no PIN in the log:\n" + log);
        assertTrue(log.toString().contains("POST verify-pin on token SD0001: done"), log.toString());
    }

    @Test
    void writesAndReadsTheCertificateAndSealAndChangesThePin() throws Exception {
        byte[] certificate = TestCertificates.issue("CN=张三,C=CN").getEncoded();
        String encoded = Base64.getEncoder().encodeToString(certificate);
        assertFalse(json(get("/v1/tokens/SD0001/certificate")).containsKey("certificate"), "none yet");
        assertEquals(200, put("/v1/tokens/SD0001/certificate", "{\"pin\":\"" + PIN + "\",\"certificate\":\"" + encoded
                + "\"}").statusCode());
        assertEquals(encoded, json(get("/v1/tokens/SD0001/certificate")).getString("certificate"));
        assertEquals("BAD_REQUEST", json(put("/v1/tokens/SD0001/certificate", "{\"pin\":\"" + PIN
                + "\",\"certificate\":\"bm90IGEgY2VydA==\"}")).getString("error"));

        String seal = Base64.getEncoder().encodeToString("GB/T 38540 印章".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, put("/v1/tokens/SD0001/seal", "{\"pin\":\"" + PIN + "\",\"seal\":\"" + seal + "\"}")
                .statusCode());
        assertEquals(seal, json(get("/v1/tokens/SD0001/seal")).getString("seal"));

        HttpResponse<String> tooShort = post("/v1/tokens/SD0001/change-pin", "{\"oldPin\":\"" + PIN
                + "\",\"newPin\":\"12\"}");
        assertEquals("PIN_INVALID", json(tooShort).getString("error"));
        assertEquals(200, post("/v1/tokens/SD0001/change-pin", "{\"oldPin\":\"" + PIN + "\",\"newPin\":\"7654321\"}")
                .statusCode());
        assertEquals(200, post("/v1/tokens/SD0001/verify-pin", "{\"pin\":\"7654321\"}").statusCode());
    }

    @Test
    void unlockNeedsAFreshTicketForThatTokenAndOperation() throws Exception {
        String body = "{\"soPin\":\"" + SO_PIN + "\",\"ticket\":\"%s\"}";
        Instant inAMinute = Instant.now().plusSeconds(60);
        String forged = TestTickets.sign(new TestTickets().server.getPrivate(), "SD0001", "unlock", inAMinute);
        assertEquals("TICKET_INVALID", json(post("/v1/tokens/SD0001/unlock", body.formatted(forged))).getString("error"));
        String expired = tickets.issue("SD0001", "unlock", Instant.now().minusSeconds(1));
        assertEquals("TICKET_EXPIRED", json(post("/v1/tokens/SD0001/unlock", body.formatted(expired))).getString("error"));
        String otherOperation = tickets.issue("SD0001", "initialise", inAMinute);
        assertEquals("TICKET_MISMATCH", json(post("/v1/tokens/SD0001/unlock", body.formatted(otherOperation)))
                .getString("error"));

        String good = tickets.issue("SD0001", "unlock", inAMinute);
        HttpResponse<String> unlocked = post("/v1/tokens/SD0001/unlock", body.formatted(good));
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertTrue(json(unlocked).getJsonObject("token").getJsonObject("pin").getBoolean("isDefault"));
        HttpResponse<String> replayed = post("/v1/tokens/SD0001/unlock", body.formatted(good));
        assertEquals(403, replayed.statusCode());
        assertEquals("TICKET_REPLAYED", json(replayed).getString("error"));
        assertFalse(log.toString().contains(SO_PIN), "no SO PIN in the log");
    }

    @Test
    void helpExplainsTheOptionsAndMissingOnesAreNamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(null, ConnectorMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--origin") && help.contains("--pkcs11") && help.contains("--ticket-key"), help);
        Path key = tokensDir.resolve("server.pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(tickets.server.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        IllegalArgumentException noOrigin = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConnectorMain.start(new String[] {"--ticket-key", key.toString()}, System.out));
        assertTrue(noOrigin.getMessage().contains("--origin"));
        try (ConnectorServer started = ConnectorMain.start(new String[] {"--origin", SITE, "--ticket-key", key.toString(),
                "--software-tokens", tokensDir.toString(), "--port", "0"}, System.out)) {
            assertTrue(started.port() > 0);
        }
    }

    private HttpRequest.Builder request(String path, String origin) {
        return HttpRequest.newBuilder(uri(path)).header("Origin", origin).timeout(Duration.ofSeconds(30));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path, SITE).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path, SITE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return http.send(request(path, SITE).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private int rawStatus(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
