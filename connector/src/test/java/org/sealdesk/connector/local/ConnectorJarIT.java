package org.sealdesk.connector.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.SoftHsm;
import org.sealdesk.token.TestCertificates;
import org.sealdesk.token.Tickets;

/**
 * connector.jar as users run it, on SoftHSM2 through PKCS#11: --help, then a page served from an
 * allowed origin lists the token in headless Chromium and verifies its PIN through the connector.
 */
class ConnectorJarIT {

    private static final Path JAR = Path.of(System.getProperty("sealdesk.connector.jar", "target/connector.jar"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path work;

    @Test
    void explainsItself() throws Exception {
        Process help = new ProcessBuilder(RunningConnector.java(), "-jar", JAR.toString(), "--help").redirectErrorStream(true).start();
        String said = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, help.waitFor(), said);
        assertTrue(said.contains("--origin") && said.contains("--pkcs11") && said.contains("127.0.0.1"), said);

        Process wrong = new ProcessBuilder(RunningConnector.java(), "-jar", JAR.toString(), "--origin", "https://seal.example.cn")
                .redirectErrorStream(true).start();
        String refused = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, wrong.waitFor(), refused);
        assertTrue(refused.contains("--ticket-key is required"), refused);
    }

    @Test
    void withoutTheVendorsLibraryItRunsAndTellsThePage() throws Exception {
        String log;
        try (RunningConnector connector = RunningConnector.start(JAR, Map.of(), "--pkcs11", "/nonexistent/vendor.so",
                "--origin", "https://seal.example.cn", "--ticket-key", writeTicketKey().toString())) {
            HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + connector.port() + "/v1/tokens"))
                    .header("Origin", "https://seal.example.cn").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, tokens.statusCode());
            assertTrue(tokens.body().contains("LIBRARY_MISSING") && tokens.body().contains("未找到 ukey 驱动"),
                    tokens.body());
            log = connector.log();
        }
        assertTrue(log.contains("no PKCS#11 library at /nonexistent/vendor.so"), log);
    }

    @Test
    void theRuntimeBundledForLinuxRunsItOnTheVendorsLibrary() throws Exception {
        SoftHsm.assumeInstalled();
        Path conf = work.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 1);
        Path runtime = work.resolve("runtime");
        Process jlink = new ProcessBuilder(System.getProperty("sealdesk.connector.jlink"), "--add-modules",
                System.getProperty("sealdesk.connector.runtime-modules"), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--output", runtime.toString()).redirectErrorStream(true).start();
        String linked = new String(jlink.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jlink.waitFor(), linked);

        String origin = "https://seal.example.cn";
        try (RunningConnector connector = RunningConnector.run(List.of(runtime.resolve("bin/java").toString(), "-jar",
                JAR.toString(), "--port", "0", "--origin", origin, "--ticket-key", writeTicketKey().toString(),
                "--pkcs11", SoftHsm.LIBRARY.toString()), Map.of("SOFTHSM2_CONF", conf.toString()))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + connector.port() + "/v1/";
            HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(base + "tokens"))
                    .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, tokens.statusCode(), tokens.body() + connector.log());
            String serial = tokens.body().replaceAll("(?s).*\"serial\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> pin = http.send(HttpRequest.newBuilder(URI.create(base + "tokens/" + serial
                    + "/verify-pin")).header("Origin", origin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + SoftHsm.USER_PIN + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, pin.statusCode(), pin.body() + connector.log());
            HttpResponse<String> exchangeKey = http.send(HttpRequest.newBuilder(URI.create(base + "exchange-key"))
                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, exchangeKey.statusCode(), "P-256 on the bundled runtime: " + exchangeKey.body());
            assertTrue(connector.log().contains("listening"), connector.log());
        }
    }

    /**
     * ukey 更换: the former CA's ukey, whose vendor library is given beside one that is missing, shows its certificate
     * and signs the challenge of a server ticket with its key; the ticket works once; a wrong PIN is said.
     */
    @Test
    void aFormerCasUkeyShowsItsCertificateAndSignsTheTicketsChallenge() throws Exception {
        SoftHsm.assumeInstalled();
        Path conf = work.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 1);
        byte[] former = SoftHsm.putFormerCertificate(conf, "ukey1", "SZCA sign", key -> TestCertificates.issue(
                new X500Name("CN=深圳前海某某科技有限公司,C=CN"), SubjectPublicKeyInfo.getInstance(key)).getEncoded());
        KeyPair server = ticketKeys();
        String origin = "https://seal.example.cn";
        try (RunningConnector connector = RunningConnector.start(JAR, Map.of("SOFTHSM2_CONF", conf.toString()),
                "--origin", origin, "--ticket-key", writeTicketKey(server).toString(), "--pkcs11", "/nonexistent/vendor.so",
                "--pkcs11", SoftHsm.LIBRARY.toString())) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + connector.port() + "/v1/";
            HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(base + "tokens"))
                    .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, tokens.statusCode(), tokens.body() + connector.log());
            String serial = tokens.body().replaceAll("(?s).*\"serial\":\"([^\"]+)\".*", "$1");
            Tickets.Ticket ticket = Tickets.Ticket.of("R1", 1, Tickets.Operation.FORMER_CERTIFICATE, serial, null,
                    Instant.now());
            String issued = Tickets.issue(server.getPrivate(), ticket);
            HttpRequest prove = HttpRequest.newBuilder(URI.create(base + "tokens/" + serial + "/former-certificate"))
                    .header("Origin", origin).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                            .ofString("{\"ticket\":\"" + issued + "\",\"pin\":\"" + SoftHsm.USER_PIN + "\"}")).build();

            HttpResponse<String> proof = http.send(prove, HttpResponse.BodyHandlers.ofString());

            assertEquals(200, proof.statusCode(), proof.body() + connector.log());
            JsonObject answer = Json.createReader(new StringReader(proof.body())).readObject();
            byte[] certificate = Base64.getDecoder().decode(answer.getString("certificate"));
            assertArrayEquals(former, certificate);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(Certificates.parse(certificate).getPublicKey());
            verifier.update(Tickets.challenge(origin, ticket.nonce()));
            assertTrue(verifier.verify(Base64.getDecoder().decode(answer.getString("signature"))));
            String replayed = http.send(prove, HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(replayed.contains("TICKET_REPLAYED"), "a ticket works once: " + replayed);
            HttpResponse<String> wrongPin = http.send(HttpRequest.newBuilder(prove.uri()).header("Origin", origin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"ticket\":\""
                            + Tickets.issue(server.getPrivate(), Tickets.Ticket.of("R1", 1,
                                    Tickets.Operation.FORMER_CERTIFICATE, serial, null, Instant.now()))
                            + "\",\"pin\":\"975310\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(wrongPin.body().contains("WRONG_PIN"), wrongPin.body());
            assertFalse(connector.log().contains(SoftHsm.USER_PIN), "no PIN in the log");
        }
    }

    @Test
    void aPageFromAnAllowedOriginListsTheUkeyAndVerifiesItsPin() throws Exception {
        SoftHsm.assumeInstalled();
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium not installed: apt-get install chromium chromium-driver (.ci/run does)");
        Path conf = work.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 1);

        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        site.createContext("/", exchange -> {
            byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        String origin = "http://127.0.0.1:" + site.getAddress().getPort();

        RunningConnector connector = RunningConnector.start(JAR, Map.of("SOFTHSM2_CONF", conf.toString()), "--origin", origin,
                "--ticket-key", writeTicketKey().toString(), "--pkcs11", SoftHsm.LIBRARY.toString());
        WebDriver browser = null;
        try {
            browser = chromium();
            browser.get(origin + "/?connector=" + connector.port());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("tokens")).getText().contains("ukey1"));
            assertTrue(browser.findElement(By.id("tokens")).getText().contains("SoftHSM"));

            browser.findElement(By.id("pin")).sendKeys("975310");
            browser.findElement(By.id("verify")).click();
            wait.until(d -> d.findElement(By.id("result")).getText().contains("PIN 码错误"));
            browser.findElement(By.id("pin")).clear();
            browser.findElement(By.id("pin")).sendKeys(SoftHsm.USER_PIN);
            browser.findElement(By.id("verify")).click();
            wait.until(d -> d.findElement(By.id("result")).getText().equals("PIN 码正确"));
            Path shots = Path.of(System.getProperty("sealdesk.it.screenshots", "target/screenshots"));
            Files.createDirectories(shots);
            Files.write(shots.resolve("connector-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            if (browser != null) {
                browser.quit();
            }
            connector.close();
            site.stop(0);
        }
        String said = connector.log();
        assertTrue(said.contains("POST verify-pin on token"), said);
        assertFalse(said.contains(SoftHsm.USER_PIN) || said.contains("975310"), "no PIN in the log:\n" + said);
    }

    /** connector.jar started with java -jar on a free port (read from its log), stopped on close. */
    private Path writeTicketKey() throws Exception {
        return writeTicketKey(ticketKeys());
    }

    private Path writeTicketKey(KeyPair server) throws Exception {
        Path key = work.resolve("server.pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                server.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        return key;
    }

    private static KeyPair ticketKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }


    private WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--window-size=900,700", "--user-data-dir=" + Files.createTempDirectory(work, "chromium")));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    /** What a SealDesk page does with the connector, reduced to listing and PIN verification. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>ukey 助手测试页</title></head>
            <body style="font-family: sans-serif">
            <h1>ukey</h1>
            <ul id="tokens"></ul>
            <label for="pin">PIN 码</label> <input id="pin" type="password"> <button id="verify">验证 PIN</button>
            <p id="result"></p>
            <script>
            const connector = 'http://127.0.0.1:' + new URLSearchParams(location.search).get('connector') + '/v1';
            let serial;
            fetch(connector + '/tokens').then(r => r.json()).then(answer => {
              for (const t of answer.tokens.filter(t => t.initialised)) {
                serial = t.serial;
                const li = document.createElement('li');
                li.textContent = t.label + ' · ' + t.manufacturer + ' · ' + t.serial;
                document.getElementById('tokens').appendChild(li);
              }
            });
            document.getElementById('verify').onclick = () => {
              fetch(connector + '/tokens/' + serial + '/verify-pin', {method: 'POST',
                  headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({pin: document.getElementById('pin').value})})
                .then(r => r.json().then(body => document.getElementById('result').textContent =
                    r.ok ? 'PIN 码正确' : body.message));
            };
            </script>
            </body></html>
            """;
}
