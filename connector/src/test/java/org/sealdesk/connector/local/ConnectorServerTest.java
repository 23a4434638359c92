package org.sealdesk.connector.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.token.ConnectorRelease;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.SoftwareTokens;
import org.sealdesk.token.TestCertificates;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.token.Tickets.Ticket;
import org.sealdesk.token.Tickets;

/** The local program's HTTP API against software tokens: origins, preflights, seals by slot, tickets. */
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
    private static final String NEW_SO_PIN = "24681357";
    private static final Map<Secret, String> PINS = Map.of(Secret.SO_PIN, SO_PIN, Secret.NEW_SO_PIN, NEW_SO_PIN);

    @TempDir
    Path dataDir;

    private KeyPair ticketKey;
    private ConnectorServer server;

    /** A ticket as the server issues it, with what it says. */
    private record Issued(Ticket ticket, String issued) {
    }

    @BeforeEach
    void start() throws Exception {
        SoftwareTokens software = new SoftwareTokens(tokensDir);
        software.addBlank("SD0001").initialise("ukey", SO_PIN.toCharArray(), PIN.toCharArray());
        ticketKey = keyPair();
        Logger.getLogger(ConnectorServer.class.getName()).addHandler(logCapture);
        server = new ConnectorServer(software, Set.of(SITE), new Tickets(ticketKey.getPublic(), Clock.systemUTC(),
                dataDir.resolve("used-tickets")), 0);
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
    void listsTheTokenAndVerifiesThePin() throws Exception {
        assertEquals(ConnectorRelease.CURRENT, json(get("/v1/about")).getInt("release"), "pages check the release");
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

        assertEquals("SD0001", json(get("/v1/token")).getJsonObject("token").getString("serial"), "the one ukey");
        new SoftwareTokens(tokensDir).addBlank("SD0002").initialise("ukey", SO_PIN.toCharArray(), PIN.toCharArray());
        HttpResponse<String> several = get("/v1/token");
        assertEquals(409, several.statusCode());
        assertEquals("SEVERAL_TOKENS", json(several).getString("error"));
        assertEquals(404, post("/v1/tokens/NOPE/verify-pin", "{\"pin\":\"" + PIN + "\"}").statusCode());
        assertEquals("BAD_REQUEST", json(post("/v1/tokens/SD0001/verify-pin", "not json")).getString("error"));
        assertFalse(log.toString().contains(PIN) || log.toString().contains("000000"), "no PIN in the log:\n" + log);
        assertTrue(log.toString().contains("POST verify-pin on token SD0001: done"), log.toString());

        HttpResponse<String> tooShort = post("/v1/tokens/SD0001/change-pin", "{\"oldPin\":\"" + PIN
                + "\",\"newPin\":\"12\"}");
        assertEquals("PIN_INVALID", json(tooShort).getString("error"));
        assertEquals(200, post("/v1/tokens/SD0001/change-pin", "{\"oldPin\":\"" + PIN + "\",\"newPin\":\"7654321\"}")
                .statusCode());
        assertEquals(200, post("/v1/tokens/SD0001/verify-pin", "{\"pin\":\"7654321\"}").statusCode());
    }

    @Test
    void makesASealsKeyPairCertificateAndSealWithATicketForEachStep() throws Exception {
        String unit = "/v1/tokens/SD0001/seals/unit/";
        assertEquals("TICKET_INVALID", json(post(unit + "key-pair", "{\"pin\":\"" + PIN
                + "\",\"algorithm\":\"EC_P256\",\"subject\":\"CN=张三,C=CN\"}")).getString("error"), "no ticket");
        HttpResponse<String> keys = post(unit + "key-pair", "{\"pin\":\"" + PIN + "\",\"algorithm\":\"EC_P256\","
                + "\"subject\":\"CN=张三,C=CN\",\"ticket\":\"" + ticket(Operation.KEY_PAIR, SealSlot.UNIT).issued + "\"}");
        assertEquals(200, keys.statusCode(), keys.body());
        byte[] csr = Base64.getDecoder().decode(json(keys).getString("csr"));
        assertEquals("CN=张三,C=CN", new PKCS10CertificationRequest(csr).getSubject().toString());

        X509Certificate certificate = TestCertificates.certify(csr);
        String encoded = Base64.getEncoder().encodeToString(certificate.getEncoded());
        assertEquals("TICKET_MISMATCH", json(put(unit + "certificate", "{\"pin\":\"" + PIN + "\",\"certificate\":\""
                + encoded + "\",\"ticket\":\"" + ticket(Operation.CERTIFICATE, SealSlot.LEGAL_REP).issued + "\"}"))
                .getString("error"), "a ticket for another seal");
        assertEquals(200, put(unit + "certificate", "{\"pin\":\"" + PIN + "\",\"certificate\":\"" + encoded
                + "\",\"ticket\":\"" + ticket(Operation.CERTIFICATE, SealSlot.UNIT).issued + "\"}").statusCode());
        assertEquals(encoded, json(get(unit + "certificate")).getString("certificate"));

        String seal = Base64.getEncoder().encodeToString("GB/T 38540 印章".getBytes(StandardCharsets.UTF_8));
        Issued sealTicket = ticket(Operation.SEAL, SealSlot.UNIT);
        HttpResponse<String> written = put(unit + "seal", "{\"pin\":\"" + PIN + "\",\"seal\":\"" + seal
                + "\",\"ticket\":\"" + sealTicket.issued + "\"}");
        assertEquals(200, written.statusCode(), written.body());
        assertSignedBy(certificate, Tickets.challenge(SITE, sealTicket.ticket.nonce()), json(written).getString("proof"));
        assertEquals(seal, json(get(unit + "seal")).getString("seal"));

        JsonObject listed = json(get("/v1/tokens/SD0001/certificates")).getJsonArray("certificates").getJsonObject(0);
        assertEquals("unit", listed.getString("slot"));
        assertEquals(encoded, listed.getString("certificate"));
        assertFalse(json(get("/v1/tokens/SD0001/seals/legal-rep/certificate")).containsKey("certificate"));
        assertEquals(404, get("/v1/tokens/SD0001/seals/boss/certificate").statusCode());

        Issued challenge = ticket(Operation.CHALLENGE, SealSlot.UNIT);
        HttpResponse<String> signed = post(unit + "challenge", "{\"pin\":\"" + PIN + "\",\"ticket\":\""
                + challenge.issued + "\",\"message\":\"ZG9jdW1lbnQgaGFzaA==\"}");
        assertEquals(200, signed.statusCode(), signed.body());
        assertSignedBy(certificate, Tickets.challenge(SITE, challenge.ticket.nonce()), json(signed).getString("signature"));
    }

    @Test
    void unlockNeedsAFreshTicketWhosePinsOnlyTheConnectorReads() throws Exception {
        String forged = Tickets.issue(keyPair().getPrivate(), ticket(Operation.UNLOCK, null).ticket);
        assertEquals("TICKET_INVALID", json(post("/v1/tokens/SD0001/unlock", body(forged))).getString("error"));
        Ticket expired = new Ticket("SD20261202000001", 1, Operation.UNLOCK, "SD0001", null,
                Instant.now().minusSeconds(1), "n1");
        assertEquals("TICKET_EXPIRED", json(post("/v1/tokens/SD0001/unlock", body(Tickets.issue(ticketKey.getPrivate(),
                expired, exchangeKey(), PINS)))).getString("error"));
        assertEquals("TICKET_MISMATCH", json(post("/v1/tokens/SD0001/unlock", body(Tickets.issue(ticketKey.getPrivate(),
                ticket(Operation.INITIALISE, null).ticket, exchangeKey(), PINS)))).getString("error"));

        String good = Tickets.issue(ticketKey.getPrivate(), ticket(Operation.UNLOCK, null).ticket, exchangeKey(), PINS);
        assertFalse(good.contains(SO_PIN) || new String(Base64.getUrlDecoder().decode(good.split("\\.")[0]),
                StandardCharsets.UTF_8).contains(SO_PIN), "the page cannot read the SO PIN");
        HttpResponse<String> unlocked = post("/v1/tokens/SD0001/unlock", body(good));
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertTrue(json(unlocked).getJsonObject("token").getJsonObject("pin").getBoolean("isDefault"));
        HttpResponse<String> replayed = post("/v1/tokens/SD0001/unlock", body(good));
        assertEquals(403, replayed.statusCode());
        assertEquals("TICKET_REPLAYED", json(replayed).getString("error"));
        HttpResponse<String> again = post("/v1/tokens/SD0001/unlock", body(Tickets.issue(ticketKey.getPrivate(),
                ticket(Operation.UNLOCK, null).ticket, exchangeKey(), PINS)));
        assertEquals(200, again.statusCode(), "the same two SO PINs in a fresh ticket (the server never saw the first"
                + " answer): the ukey has the new one already: " + again.body());
        HttpResponse<String> oldSoPin = post("/v1/tokens/SD0001/unlock", body(Tickets.issue(ticketKey.getPrivate(),
                ticket(Operation.UNLOCK, null).ticket, exchangeKey(), Map.of(Secret.SO_PIN, SO_PIN,
                        Secret.NEW_SO_PIN, "13572468"))));
        assertEquals("WRONG_PIN", json(oldSoPin).getString("error"), "the SO PIN was replaced: " + oldSoPin.body());
        assertFalse(log.toString().contains(SO_PIN) || log.toString().contains(NEW_SO_PIN), "no SO PIN in the log");
    }

    @Test
    void offersBlankUkeysAndInitialisesOneWithATicketNamingNoSerial() throws Exception {
        server.close();
        Path key = writeTicketKey();
        server = ConnectorMain.start(new String[] {"--origin", SITE, "--ticket-key", key.toString(), "--software-tokens",
            tokensDir.toString(), "--blank", "1", "--data", dataDir.toString(), "--port", "0"}, System.out);
        JsonObject blank = json(get("/v1/tokens")).getJsonArray("tokens").stream().map(JsonValue::asJsonObject)
                .filter(token -> !token.getBoolean("initialised")).findFirst().orElseThrow();
        String serial = blank.getString("serial");
        assertTrue(serial.matches("SW\\d{14}"), serial);
        Ticket initialise = Ticket.of("SD20261202000001", 1, Operation.INITIALISE, null, null, Instant.now());
        String issued = Tickets.issue(ticketKey.getPrivate(), initialise, exchangeKey(),
                Map.of(Secret.SO_PIN, SO_PIN, Secret.USER_PIN, PIN));
        HttpResponse<String> done = post("/v1/tokens/" + serial + "/initialise", "{\"label\":\"张三的 ukey\","
                + "\"ticket\":\"" + issued + "\"}");
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(json(done).getJsonObject("token").getBoolean("initialised"));
        assertEquals(serial, json(done).getJsonObject("initialised").getString("serial"), "the serial to record");
        assertEquals(200, post("/v1/tokens/" + serial + "/verify-pin", "{\"pin\":\"" + PIN + "\"}").statusCode());
        Ticket keyPair = Ticket.of("SD20261202000001", 1, Operation.KEY_PAIR, serial, SealSlot.PERSONAL, Instant.now());
        HttpResponse<String> made = post("/v1/tokens/" + serial + "/seals/personal/key-pair", "{\"ticket\":\""
                + Tickets.issue(ticketKey.getPrivate(), keyPair, exchangeKey(), Map.of(Secret.USER_PIN, PIN))
                + "\",\"algorithm\":\"EC_P256\",\"subject\":\"CN=ukey\"}");
        assertEquals(200, made.statusCode(), "the user PIN from the ticket, none typed: " + made.body());
        assertEquals(2, json(get("/v1/tokens")).getJsonArray("tokens").size(), "SD0001 and the one initialised");
    }

    @Test
    void helpExplainsTheOptionsAndMissingOnesAreNamed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(null, ConnectorMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--origin") && help.contains("--pkcs11") && help.contains("--ticket-key"), help);
        Path key = writeTicketKey();
        IllegalArgumentException noOrigin = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConnectorMain.start(new String[] {"--ticket-key", key.toString()}, System.out));
        assertTrue(noOrigin.getMessage().contains("--origin"));
        try (ConnectorServer started = ConnectorMain.start(new String[] {"--origin", SITE, "--ticket-key", key.toString(),
                "--software-tokens", tokensDir.toString(), "--port", "0"}, System.out)) {
            assertTrue(started.port() > 0);
        }
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private Path writeTicketKey() throws IOException {
        Path key = dataDir.resolve("server.pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ticketKey.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        return key;
    }

    /** A ticket for SD0001, without secrets. */
    private Issued ticket(Operation operation, SealSlot slot) {
        Ticket ticket = Ticket.of("SD20261202000001", 1, operation, "SD0001", slot, Instant.now());
        return new Issued(ticket, Tickets.issue(ticketKey.getPrivate(), ticket));
    }

    /** The connector's one-time key for a request's secrets, as the page fetches it. */
    private PublicKey exchangeKey() throws Exception {
        HttpResponse<String> answer = post("/v1/exchange-key", "{}");
        assertEquals(200, answer.statusCode(), answer.body());
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(
                json(answer).getString("exchangeKey"))));
    }

    private static String body(String ticket) {
        return "{\"ticket\":\"" + ticket + "\"}";
    }

    private static void assertSignedBy(X509Certificate certificate, byte[] message, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(message);
        assertTrue(verifier.verify(Base64.getDecoder().decode(signature)), "signed by the seal's key");
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
