package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CRLHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sealdesk.ca.OpenSsl;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.it.pages.OrderPage;
import org.sealdesk.seal.OfdrwSealReader;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.SoftHsm;

/**
 * Manual 1.2.8 印章制作: an approved order is produced by a producer in the browser, through connector.jar on
 * SoftHSM2 (real PKCS#11). The first attempt loses the connector half-way and is started again; then the ukey is
 * checked by tools nobody here wrote: pkcs11-tool lists its objects, openssl verifies the certificate against the
 * published CA certificates, ofdrw reads the seal and verifies the maker's signature, and the seal lists the
 * certificate on the ukey.
 */
class ProductionBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void aProducerMakesTheUkeyThroughTheConnectorAndARestartAfterAFailureSucceeds() throws Exception {
        SoftHsm.assumeInstalled();
        Path conf = work.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 0);
        Path ticketKey = work.resolve("ticket-key.pem");
        Files.writeString(ticketKey, get("/pki/ticket-key.pem"));
        Map<String, String> softHsm = Map.of("SOFTHSM2_CONF", conf.toString());

        try (Browser applicantBrowser = Browser.open("production-applicant");
                Browser producerBrowser = Browser.open("production-producer");
                RunningConnector connector = RunningConnector.start(
                        Path.of(System.getProperty("sealdesk.it.connector-jar")), softHsm,
                        "--origin", IntegrationServer.url(), "--ticket-key", ticketKey.toString(),
                        "--pkcs11", SoftHsm.LIBRARY.toString(), "--data", work.resolve("connector").toString(),
                        "--port", System.getProperty("sealdesk.it.connector-port"))) {
            BrowserApplicant applicant = BrowserApplicant.signedInAndVerified(applicantBrowser, "冯晓东");
            String number = BrowserApplicant.submitPersonalOrder(applicantBrowser, "冯晓东");
            BrowserApplicant.payInSandbox(applicantBrowser);
            FacesClient reviewer = Staff.create("REVIEWER").signedIn();
            reviewer.get("/staff/review.xhtml?number=" + number);
            assertTrue(reviewer.submit("decisionForm", "approve", "decisionForm:approve", Map.of()).redirected());

            Staff.create("PRODUCER").signIn(producerBrowser);
            producerBrowser.go("/staff/production.xhtml");
            producerBrowser.waitForText(number);
            producerBrowser.screenshotsAtWidths("production-queue");
            producerBrowser.driver.findElement(By.linkText(number)).click();
            producerBrowser.waitForPath("/staff/produce.xhtml");
            producerBrowser.waitForText("冯晓东");

            // The connector goes away after the key pair was certified: the first write to the ukey never arrives.
            ((JavascriptExecutor) producerBrowser.driver).executeScript("""
                    const real = window.fetch;
                    window.fetch = function (url, options) {
                        if (String(url).endsWith('/certificate') && options && options.method === 'PUT') {
                            window.fetch = real;
                            return Promise.reject(new TypeError('Failed to fetch'));
                        }
                        return real.apply(this, arguments);
                    };""");
            producerBrowser.click("startProduction");
            producerBrowser.waitForText("未检测到 ukey 助手");
            assertTrue(producerBrowser.text().contains("制作失败，订单仍在待制作"), producerBrowser.text());
            producerBrowser.screenshot("production-failed");

            // Started again: the half-made ukey is no longer blank; SoftHSM2 offers the next blank slot.
            producerBrowser.click("startProduction");
            producerBrowser.waitForText("制作完成");
            assertEquals("待邮寄", producerBrowser.field("status").getText());
            assertFalse(producerBrowser.driver.findElement(By.id("startProduction")).isDisplayed(), "nothing to redo");
            producerBrowser.screenshotsAtWidths("production-done");
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            OrderPage made = OrderPage.shown(applicantBrowser);
            assertEquals("待邮寄", made.status());
            assertTrue(made.next().contains("当天由顺丰快递寄往") && made.next().contains("确认收货后生效"), made.next());

            List<String> withCertificates = connectorJson(connector, "/v1/tokens").getJsonArray("tokens").stream()
                    .map(JsonValue::asJsonObject).filter(token -> token.getString("label").equals(number))
                    .map(token -> token.getString("serial")).filter(candidate -> !certificates(connector, candidate)
                            .isEmpty()).toList();
            assertEquals(1, withCertificates.size(), "one ukey was finished: " + withCertificates);
            String serial = withCertificates.get(0);
            String slots = OpenSsl.run(softHsm, "pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(), "--list-slots");
            Matcher slot = Pattern.compile("Slot \\d+ \\(0x([0-9a-f]+)\\):(?:(?!\\nSlot ).)*serial num\\s*:\\s*"
                    + Pattern.quote(serial), Pattern.DOTALL).matcher(slots);
            assertTrue(slot.find(), slots);
            String listed = OpenSsl.run(softHsm, "pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(), "--slot",
                    String.valueOf(Long.parseLong(slot.group(1), 16)), "--list-objects");
            assertTrue(listed.contains("Certificate Object") && listed.contains("Public Key Object")
                    && listed.contains("Data object"), listed);

            byte[] certificate = Base64.getDecoder().decode(connectorJson(connector, "/v1/tokens/" + serial
                    + "/seals/personal/certificate").getString("certificate"));
            Path leaf = OpenSsl.pem(work.resolve("leaf.pem"), "CERTIFICATE", certificate);
            Path root = OpenSsl.pem(work.resolve("root.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-root.cer"));
            Path issuing = OpenSsl.pem(work.resolve("issuing.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-issuing.cer"));
            assertEquals(leaf + ": OK", OpenSsl.run("openssl", "verify", "-CAfile", root.toString(), "-untrusted",
                    issuing.toString(), leaf.toString()));
            // On hold until the applicant confirms receipt: the CRL lists it within seconds, so openssl refuses it.
            Path crl = OpenSsl.pem(work.resolve("issuing.crl.pem"), "X509 CRL", crlListing(
                    Certificates.parse(certificate).getSerialNumber()));
            assertTrue(OpenSsl.run("openssl", "crl", "-in", crl.toString(), "-CAfile", issuing.toString(), "-noout")
                    .contains("verify OK"));
            String refused = OpenSsl.run("openssl", "verify", "-crl_check", "-CRLfile", crl.toString(), "-CAfile",
                    root.toString(), "-untrusted", issuing.toString(), leaf.toString());
            assertTrue(refused.contains("certificate revoked"), refused);
            String status = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", leaf.toString(),
                    "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile", root.toString());
            assertTrue(status.contains("Response verify OK") && status.contains(leaf + ": revoked")
                    && status.contains("Reason: certificateHold"), "OCSP says the same at once: " + status);

            byte[] seal = Base64.getDecoder().decode(connectorJson(connector, "/v1/tokens/" + serial
                    + "/seals/personal/seal").getString("seal"));
            OfdrwSealReader.Reading reading = OfdrwSealReader.read(seal);
            assertTrue(reading.signatureHolds(), "ofdrw verifies the maker's signature");
            assertEquals("冯晓东", reading.name());
            assertArrayEquals(certificate, reading.certificates().get(0), "the seal lists the certificate on the ukey");
            assertTrue(connector.log().contains("initialise"), connector.log());

            // The applicant's 证章信息: the seal with its certificate serial and ukey, and its files to download.
            applicantBrowser.go("/account/seals.xhtml");
            String certificateSerial = Certificates.parse(certificate).getSerialNumber().toString(16);
            applicantBrowser.waitForText(certificateSerial);
            assertTrue(applicantBrowser.text().contains(serial) && applicantBrowser.text().contains("证书待确认收货后生效"),
                    applicantBrowser.text());
            applicantBrowser.screenshotsAtWidths("seals");
            String esId = number + "-P2";
            assertArrayEquals(certificate, download(applicantBrowser, "/account/seals/" + esId + "/certificate.cer"));
            assertArrayEquals(seal, download(applicantBrowser, "/account/seals/" + esId + "/seal.der"));
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            assertTrue(applicantBrowser.field("producedSeals").getText().contains(certificateSerial), "the order lists it");

            // 验证 (public): the certificate on hold until the applicant confirms receipt.
            Path certificateFile = Files.write(work.resolve("seal.cer"), certificate);
            assertTrue(verified(applicantBrowser, certificateFile).contains("暂停使用"), applicantBrowser.text());

            // 注销 (manual 1.3.4): a wrong code changes nothing; the right one revokes the certificate at once.
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.press("注销");
            applicantBrowser.waitForText("注销后不可恢复");
            applicantBrowser.click("cancelForm:sendCode");
            applicantBrowser.waitForText("验证码已发送至");
            applicantBrowser.type("cancelForm:code", "000000");
            applicantBrowser.click("cancelForm:confirmCancel");
            applicantBrowser.waitForText("验证码错误");
            applicantBrowser.screenshot("seal-cancel-wrong-code");
            applicantBrowser.type("cancelForm:code", Outbox.latestCode(applicant.mobile));
            applicantBrowser.click("cancelForm:confirmCancel");
            applicantBrowser.waitForText("印章已注销");
            assertTrue(applicantBrowser.text().contains("已注销") && applicantBrowser.text().contains("证书已吊销"),
                    applicantBrowser.text());
            applicantBrowser.screenshotsAtWidths("seals-cancelled");
            String cancelled = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", leaf.toString(),
                    "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile", root.toString());
            assertTrue(cancelled.contains(leaf + ": revoked") && cancelled.contains("Reason: cessationOfOperation"),
                    cancelled);

            assertTrue(verified(applicantBrowser, certificateFile).contains("已吊销（原因：cessationOfOperation"),
                    applicantBrowser.text());
            String ofSeal = verified(applicantBrowser, Files.write(work.resolve("seal.der"), seal));
            assertTrue(ofSeal.contains("有效：印章由本平台制作，未被改动") && ofSeal.contains("已吊销"), ofSeal);
            applicantBrowser.screenshotsAtWidths("verify-seal");
            byte[] altered = seal.clone();
            int picture = new String(seal, StandardCharsets.ISO_8859_1).indexOf("IDAT") + 16;
            altered[picture] ^= 0x01;
            assertTrue(verified(applicantBrowser, Files.write(work.resolve("altered.der"), altered))
                    .contains("无效：印章不是本平台制作的，或已被改动"), applicantBrowser.text());
        }
    }

    /** The RSA issuing CA's CRL (DER) once it lists {@code serial}: the server checks every 2 s in this suite. */
    private static byte[] crlListing(BigInteger serial) throws Exception {
        for (int tries = 0; tries < 30; tries++) {
            byte[] der = bytes("/pki/crl/rsa-issuing.crl");
            if (new X509CRLHolder(der).getRevokedCertificate(serial) != null) {
                return der;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the CRL does not list " + serial.toString(16) + " after 15 s");
    }

    /** What 验证 shows for {@code file}, chosen on the page as a visitor chooses it. */
    private static String verified(Browser browser, Path file) {
        browser.go("/verify.xhtml");
        browser.driver.findElement(By.id("verifyFile")).sendKeys(file.toString());
        browser.click("verifyButton");
        browser.waitFor(driver -> driver.findElement(By.id("verifyResult")).isDisplayed());
        return browser.driver.findElement(By.id("verifyResult")).getText();
    }

    /** A file as the signed-in browser downloads it. */
    private static byte[] download(Browser browser, String path) {
        Object base64 = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                    let text = '';
                    new Uint8Array(b).forEach(x => text += String.fromCharCode(x));
                    done(btoa(text));
                });""", path);
        return Base64.getDecoder().decode((String) base64);
    }

    private static JsonObject connectorJson(RunningConnector connector, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + connector.port() + path)).header("Origin", IntegrationServer.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static List<JsonValue> certificates(RunningConnector connector, String serial) {
        try {
            return connectorJson(connector, "/v1/tokens/" + serial + "/certificates").getJsonArray("certificates");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String get(String path) throws Exception {
        return new String(bytes(path), StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }
}
