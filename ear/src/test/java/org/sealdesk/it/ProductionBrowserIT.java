package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
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
import org.sealdesk.it.pages.VerifyPage;
import org.sealdesk.seal.OfdrwSealReader;
import org.sealdesk.shipping.PrintedPdf;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.SoftHsm;

/**
 * Manual 1.2.8 印章制作 and 1.2.9 快递邮寄: an approved order is produced by a producer in the browser, through
 * connector.jar on SoftHSM2 (real PKCS#11). The first attempt loses the connector half-way and is started again; then
 * the ukey is checked by tools nobody here wrote: pkcs11-tool lists its objects, openssl verifies the certificate
 * against the published CA certificates, ofdrw reads the seal and verifies the maker's signature, and the seal lists
 * the certificate on the ukey. A shipper sends it (the wrong ukey refused), it comes back, goes again to the corrected
 * address, and the applicant's receipt makes OCSP answer good.
 */
class ProductionBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void aProducerMakesTheUkeyThroughTheConnectorAndAShipperSendsIt() throws Exception {
        SoftHsm.assumeInstalled();
        Path conf = work.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 0);
        Path ticketKey = work.resolve("ticket-key.pem");
        Files.writeString(ticketKey, get("/pki/ticket-key.pem"));
        Map<String, String> softHsm = Map.of("SOFTHSM2_CONF", conf.toString());

        try (Browser applicantBrowser = Browser.open("production-applicant");
                Browser producerBrowser = Browser.open("production-producer");
                Browser shipperBrowser = Browser.open("production-shipper");
                RunningConnector connector = RunningConnector.start(
                        Path.of(System.getProperty("sealdesk.it.connector-jar")), softHsm,
                        "--origin", IntegrationServer.url(), "--ticket-key", ticketKey.toString(),
                        "--pkcs11", SoftHsm.LIBRARY.toString(), "--data", work.resolve("connector").toString(),
                        "--port", System.getProperty("sealdesk.it.connector-port"))) {
            applicantBrowser.go("/connector.xhtml");
            applicantBrowser.waitForText("ukey 助手已在本机运行（版本 2）");
            applicantBrowser.screenshotsAtWidths("connector-running");
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

            List<String> withCertificates = ConnectorCalls.get(connector, "/v1/tokens").getJsonArray("tokens").stream()
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

            byte[] certificate = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial
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

            byte[] seal = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial
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
            assertTrue(VerifyPage.verified(applicantBrowser, certificateFile).contains("暂停使用"),
                    applicantBrowser.text());

            // 快递邮寄 (manual 1.2.9): the packing slip, the ukey checked before the envelope is sealed, the waybill
            // typed from SF's paper form (the built-in courier); a returned parcel is sent again to the corrected
            // address; receipt makes the certificate good.
            Staff.create("SHIPPER").signIn(shipperBrowser);
            shipperBrowser.go("/staff/shipping.xhtml");
            shipperBrowser.waitForText(number);
            assertTrue(shipperBrowser.text().contains(serial), "the queue names the ukey to pack");
            shipperBrowser.screenshotsAtWidths("shipping-queue");
            shipperBrowser.driver.findElement(By.linkText(number)).click();
            shipperBrowser.waitForPath("/staff/ship.xhtml");
            byte[] slip = shipperBrowser.download("/staff/packing-slip/" + number + ".pdf");
            assertEquals(number, PrintedPdf.qrCode(slip), "the slip's QR code is the order number");
            String printed = PrintedPdf.text(slip);
            assertTrue(printed.contains(serial) && printed.contains("冯晓东"), printed);
            String firstWaybill = newWaybill();
            shipperBrowser.type("shipForm:ukeySerial", "SW0000000000");
            shipperBrowser.type("shipForm:waybill", firstWaybill);
            shipperBrowser.click("shipForm:ship");
            shipperBrowser.waitForText("不是本订单制作的 ukey");
            assertTrue(shipperBrowser.field("shipForm:ukeySerialMessage").getText().contains("不要封装"),
                    "said next to the serial");
            assertEquals(firstWaybill, shipperBrowser.field("shipForm:waybill").getAttribute("value"), "typed, kept");
            shipperBrowser.screenshotsAtWidths("ship-wrong-ukey");
            shipperBrowser.type("shipForm:ukeySerial", serial);
            shipperBrowser.click("shipForm:ship");
            shipperBrowser.waitForText("已短信通知申请人");
            String shipped = Outbox.latestMessage(applicant.mobile);
            Matcher pin = Pattern.compile("ukey初始密码：(\\d{8})，").matcher(shipped);
            assertTrue(shipped.contains(firstWaybill) && pin.find(), shipped);
            // With the PIN the applicant was sent, pkcs11-tool sees the seal's private key: sensitive, never extractable.
            String privateKeys = OpenSsl.run(softHsm, "pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(), "--slot",
                    String.valueOf(Long.parseLong(slot.group(1), 16)), "--login", "--pin", pin.group(1),
                    "--list-objects", "--type", "privkey");
            assertTrue(privateKeys.contains("Private Key Object; RSA") && privateKeys.matches(
                    "(?s).*Access:\\s*sensitive, always sensitive, never extractable.*"), privateKeys);

            shipperBrowser.driver.findElement(By.xpath("//tr[contains(., '" + firstWaybill
                    + "')]//button[contains(., '登记退件')]")).click();
            shipperBrowser.waitFor(driver -> driver.findElement(By.id("returnForm:returnReason")).isDisplayed());
            shipperBrowser.click("returnForm:saveReturn");
            shipperBrowser.waitForText("请填写退件原因");
            shipperBrowser.type("returnForm:returnReason", "地址错误，无法投递");
            shipperBrowser.click("returnForm:saveReturn");
            shipperBrowser.waitForText("已登记退件");

            applicantBrowser.go("/account/order.xhtml?number=" + number);
            applicantBrowser.waitForText("快件已退回，原因：地址错误，无法投递");
            applicantBrowser.type("addressForm:mobile", "1380013");
            applicantBrowser.type("addressForm:street", "");
            applicantBrowser.click("addressForm:saveAddress");
            applicantBrowser.waitForText("请输入正确的 11 位手机号码");
            assertTrue(applicantBrowser.field("addressForm:streetMessage").getText().contains("请输入详细地址"));
            applicantBrowser.screenshotsAtWidths("order-returned");
            applicantBrowser.type("addressForm:mobile", "13800138000");
            applicantBrowser.type("addressForm:street", "信安大道 8 号");
            applicantBrowser.click("addressForm:saveAddress");
            applicantBrowser.waitForText("邮寄地址已保存");
            assertTrue(applicantBrowser.text().contains("信安大道 8 号"), "the order shows the new address");

            shipperBrowser.go("/staff/shipping.xhtml");
            shipperBrowser.waitForText("曾退回：地址错误，无法投递");
            shipperBrowser.driver.findElement(By.linkText(number)).click();
            shipperBrowser.waitForPath("/staff/ship.xhtml");
            assertTrue(PrintedPdf.text(shipperBrowser.download("/staff/packing-slip/" + number + ".pdf"))
                    .contains("信安大道 8 号"), "the new label has the new address");
            String secondWaybill = newWaybill();
            shipperBrowser.type("shipForm:ukeySerial", serial);
            shipperBrowser.type("shipForm:waybill", secondWaybill);
            shipperBrowser.click("shipForm:ship");
            shipperBrowser.waitForText("已短信通知申请人");
            assertTrue(Outbox.latestMessage(applicant.mobile).contains("ukey初始密码见首次发货短信"), "the PIN once");

            applicantBrowser.go("/account/order.xhtml?number=" + number);
            OrderPage onItsWay = OrderPage.shown(applicantBrowser);
            assertEquals("已寄出", onItsWay.status());
            assertTrue(applicantBrowser.field("parcels").getText().contains(secondWaybill)
                    && applicantBrowser.field("parcels").getText().contains("已退回"), "both parcels are shown");
            applicantBrowser.screenshotsAtWidths("order-shipped");
            applicantBrowser.click("deliveryForm:confirmReceipt");
            applicantBrowser.click("deliveryForm:confirmYes");
            applicantBrowser.waitForText("已确认收货");
            assertEquals("已收货", OrderPage.shown(applicantBrowser).status());
            String received = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", leaf.toString(),
                    "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile", root.toString());
            assertTrue(received.contains("Response verify OK") && received.contains(leaf + ": good"),
                    "no longer on hold: " + received);

            // 续期 (manual 1.3.2; this server opens the window 400 days ahead): a year chosen and paid, then on the
            // order page a wrong PIN is refused next to the field, and the right one renews on the ukey itself.
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.press("续期");
            applicantBrowser.waitForText("续期后签发新的数字证书");
            assertTrue(applicantBrowser.field("renewForm").getText().contains("个人签名章（冯晓东）"),
                    applicantBrowser.field("renewForm").getText());
            applicantBrowser.screenshotsAtWidths("seal-renew");
            applicantBrowser.click("renewForm:confirmRenewal");
            BrowserApplicant.payInSandbox(applicantBrowser);
            String renewal = applicantBrowser.driver.getCurrentUrl().replaceAll(".*number=([^&]+).*", "$1");
            OrderPage toRenew = OrderPage.shown(applicantBrowser);
            assertEquals("待在线更新", toRenew.status());
            assertTrue(toRenew.next().contains("立即续期"), toRenew.next());
            assertTrue(applicantBrowser.field("rekey").getText().contains(serial), "the page names the ukey");
            applicantBrowser.type("rekeyPin", "123");
            applicantBrowser.click("startRekey");
            applicantBrowser.waitForText("请输入 6 至 16 位的 ukey PIN 码");
            applicantBrowser.type("rekeyPin", "87654321");
            applicantBrowser.click("startRekey");
            applicantBrowser.waitForText("续期未完成");
            assertTrue(applicantBrowser.field("rekeyPinMessage").getText().contains("PIN 码错误"),
                    "said next to the PIN: " + applicantBrowser.field("rekeyPinMessage").getText());
            applicantBrowser.screenshotsAtWidths("renewal-wrong-pin");
            applicantBrowser.type("rekeyPin", pin.group(1));
            applicantBrowser.click("startRekey");
            applicantBrowser.waitForText("续期完成");
            assertEquals("已完成", applicantBrowser.field("status").getText());
            applicantBrowser.screenshotsAtWidths("renewal-done");

            byte[] renewedCertificate = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial
                    + "/seals/personal/certificate").getString("certificate"));
            String renewedSerial = Certificates.parse(renewedCertificate).getSerialNumber().toString(16);
            assertFalse(renewedSerial.equals(certificateSerial), "a new certificate on the ukey");
            Path renewedLeaf = OpenSsl.pem(work.resolve("renewed.pem"), "CERTIFICATE", renewedCertificate);
            assertEquals(renewedLeaf + ": OK", OpenSsl.run("openssl", "verify", "-CAfile", root.toString(),
                    "-untrusted", issuing.toString(), renewedLeaf.toString()));
            assertTrue(Certificates.parse(renewedCertificate).getNotAfter().after(Certificates.parse(certificate)
                    .getNotAfter()), "it runs on past the old end");
            String bothGood = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", leaf.toString(),
                    "-cert", renewedLeaf.toString(), "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile",
                    root.toString());
            assertTrue(bothGood.contains(renewedLeaf + ": good") && bothGood.contains(leaf + ": good"),
                    "the new one in force at once; the superseded one not revoked: " + bothGood);
            byte[] renewedSeal = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial
                    + "/seals/personal/seal").getString("seal"));
            OfdrwSealReader.Reading renewedReading = OfdrwSealReader.read(renewedSeal);
            assertTrue(renewedReading.signatureHolds(), "ofdrw verifies the re-made seal");
            assertArrayEquals(renewedCertificate, renewedReading.certificates().get(0), "it lists the new certificate");
            String keysLeft = OpenSsl.run(softHsm, "pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(), "--slot",
                    String.valueOf(Long.parseLong(slot.group(1), 16)), "--login", "--pin", pin.group(1),
                    "--list-objects", "--type", "privkey");
            assertEquals(1, keysLeft.split("Private Key Object", -1).length - 1, "the old key was removed: " + keysLeft);
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.waitForText(renewedSerial);
            assertFalse(applicantBrowser.text().contains(certificateSerial), "the superseded seal left the list");
            assertTrue(applicantBrowser.text().contains(renewal), "the seal names its renewal order");

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
                    "-cert", renewedLeaf.toString(), "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile",
                    root.toString());
            assertTrue(cancelled.contains(renewedLeaf + ": revoked") && cancelled.contains(leaf + ": revoked")
                    && !cancelled.contains("good"), "the seal's certificates, the superseded one too: " + cancelled);
            assertTrue(cancelled.contains("Reason: cessationOfOperation"), cancelled);

            assertTrue(VerifyPage.verified(applicantBrowser, certificateFile).contains("已吊销（原因：cessationOfOperation"),
                    applicantBrowser.text());
            String ofSeal = VerifyPage.verified(applicantBrowser, Files.write(work.resolve("seal.der"), seal));
            assertTrue(ofSeal.contains("有效：印章由本平台制作，未被改动") && ofSeal.contains("已吊销"), ofSeal);
            applicantBrowser.screenshotsAtWidths("verify-seal");
            byte[] altered = seal.clone();
            int picture = new String(seal, StandardCharsets.ISO_8859_1).indexOf("IDAT") + 16;
            altered[picture] ^= 0x01;
            assertTrue(VerifyPage.verified(applicantBrowser, Files.write(work.resolve("altered.der"), altered))
                    .contains("无效：印章不是本平台制作的，或已被改动"), applicantBrowser.text());
        }
    }

    /** A waybill number as SF prints it on its paper forms, new each time. */
    private static String newWaybill() {
        return "SF" + (1_000_000_000_000L + Math.floorMod(System.nanoTime(), 9_000_000_000_000L));
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

    private static List<JsonValue> certificates(RunningConnector connector, String serial) {
        try {
            return ConnectorCalls.get(connector, "/v1/tokens/" + serial + "/certificates").getJsonArray("certificates");
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
