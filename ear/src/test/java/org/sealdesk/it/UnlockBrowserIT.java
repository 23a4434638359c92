package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.sealdesk.ca.OpenSsl;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.it.pages.OrderPage;

/**
 * 解锁 (manual 1.3.5) in headless Chromium through connector.jar, on a software ukey (SoftHSM2 does not lock a user
 * PIN): a ukey produced for the applicant, its PIN locked by wrong tries, unlock ordered from its seal and paid; the
 * order page has the connector redeem the server's ticket, the PIN becomes 12345678, and the page keeps the
 * applicant until a new PIN, typed twice, is on the ukey. Then the ukey is reported lost (补办): a new one is produced
 * and OCSP answers revoked (keyCompromise) for the old one's certificate.
 */
class UnlockBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void aLockedUkeyIsUnlockedOnlineAndGetsANewPin() throws Exception {
        Path ticketKey = work.resolve("ticket-key.pem");
        Files.writeString(ticketKey, HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ticket-key.pem")).build(), HttpResponse.BodyHandlers.ofString()).body());
        RunningConnector connector = connectorWithABlankUkey(ticketKey);
        try (Browser applicantBrowser = Browser.open("unlock-applicant");
                Browser producerBrowser = Browser.open("unlock-producer")) {
            BrowserApplicant applicant = BrowserApplicant.signedInAndVerified(applicantBrowser, "解小锁");
            String number = BrowserApplicant.submitPersonalOrder(applicantBrowser, "解小锁");
            BrowserApplicant.payInSandbox(applicantBrowser);
            FacesClient reviewer = Staff.create("REVIEWER").signedIn();
            reviewer.get("/staff/review.xhtml?number=" + number);
            assertTrue(reviewer.submit("decisionForm", "approve", "decisionForm:approve", Map.of()).redirected());
            Staff.create("PRODUCER").signIn(producerBrowser);
            producerBrowser.go("/staff/produce.xhtml?number=" + number);
            producerBrowser.click("startProduction");
            producerBrowser.waitForText("制作完成");

            String serial = ConnectorCalls.initialisedSerial(connector);
            String pin = "/v1/tokens/" + serial + "/verify-pin";
            for (int tries = 0; tries < 6; tries++) {
                ConnectorCalls.post(connector, pin, "{\"pin\":\"000000\"}");
            }
            HttpResponse<String> locked = ConnectorCalls.post(connector, pin, "{\"pin\":\"12345678\"}");
            assertEquals(423, locked.statusCode(), locked.body());
            assertTrue(ConnectorCalls.json(locked).getString("message").contains("PIN 码已锁定"), locked.body());

            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.press("解锁");
            applicantBrowser.waitForText("PIN 码将重置为 12345678");
            assertTrue(applicantBrowser.field("unlockForm").getText().contains(serial), "the dialog names the ukey");
            applicantBrowser.screenshotsAtWidths("seal-unlock");
            applicantBrowser.click("unlockForm:confirmUnlock");
            BrowserApplicant.payInSandbox(applicantBrowser);
            OrderPage toUnlock = OrderPage.shown(applicantBrowser);
            assertEquals("待在线更新", toUnlock.status());
            assertTrue(toUnlock.next().contains("立即解锁"), toUnlock.next());
            assertFalse(applicantBrowser.driver.findElement(By.id("newPinForm")).isDisplayed(), "not before the unlock");
            applicantBrowser.click("startUnlock");
            applicantBrowser.waitForText("请立即设置新的 PIN 码");
            assertEquals("已完成", applicantBrowser.field("status").getText());
            assertTrue(token(connector, serial).getJsonObject("pin").getBoolean("isDefault"), "12345678 now");

            applicantBrowser.type("newPin", "12345678");
            applicantBrowser.type("newPinAgain", "12345678");
            applicantBrowser.click("changePin");
            applicantBrowser.waitFor(driver -> applicantBrowser.field("newPinMessage").getText()
                    .contains("不能是 12345678"));
            applicantBrowser.type("newPin", "24681357");
            applicantBrowser.type("newPinAgain", "24681358");
            applicantBrowser.click("changePin");
            applicantBrowser.waitForText("两次输入的 PIN 码不一致");
            applicantBrowser.screenshotsAtWidths("unlock-new-pin");
            assertTrue(leavingIsQuestioned(applicantBrowser), "no leaving with the PIN 12345678");
            applicantBrowser.type("newPinAgain", "24681357");
            applicantBrowser.click("changePin");
            applicantBrowser.waitForText("新的 PIN 码已设置");
            assertFalse(leavingIsQuestioned(applicantBrowser), "free to go");
            assertFalse(applicantBrowser.driver.findElement(By.id("newPinForm")).isDisplayed(), "the form is done");
            applicantBrowser.screenshotsAtWidths("unlock-done");

            assertEquals(200, ConnectorCalls.post(connector, pin, "{\"pin\":\"24681357\"}").statusCode());
            JsonObject now = token(connector, serial).getJsonObject("pin");
            assertFalse(now.getBoolean("locked") || now.getBoolean("isDefault"), now.toString());
            applicantBrowser.go("/account/orders.xhtml");
            applicantBrowser.waitForText("印章解锁");

            // 补办 (manual 1.3.4): the ukey is lost. Wrong input is said at its field and kept; the new ukey is made
            // by production like any other, and from then on OCSP says the lost one's certificate is compromised.
            byte[] lostCertificate = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial
                    + "/seals/personal/certificate").getString("certificate"));
            connector.close();
            connector = connectorWithABlankUkey(ticketKey); // started again, it adds a blank ukey for production
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.press("补办");
            applicantBrowser.waitForText("ukey 丢失或损坏时补办");
            applicantBrowser.type("reissueForm:recipient", "解小锁");
            applicantBrowser.type("reissueForm:mobile", "1380013");
            applicantBrowser.type("reissueForm:province", "广东省");
            applicantBrowser.type("reissueForm:city", "肇庆市");
            applicantBrowser.type("reissueForm:district", "端州区");
            applicantBrowser.click("reissueForm:sendCode");
            applicantBrowser.waitForText("验证码已发送至");
            applicantBrowser.type("reissueForm:code", Outbox.latestCode(applicant.mobile));
            applicantBrowser.click("reissueForm:confirmReissue");
            applicantBrowser.waitForText("请输入正确的 11 位手机号码");
            assertTrue(applicantBrowser.field("reissueForm:streetMessage").getText().contains("请输入详细地址"));
            assertEquals("肇庆市", applicantBrowser.field("reissueForm:city").getAttribute("value"), "typed, kept");
            applicantBrowser.screenshotsAtWidths("seal-reissue-wrong-address");
            applicantBrowser.type("reissueForm:mobile", "13800138000");
            applicantBrowser.type("reissueForm:street", "星湖大道 3 号");
            applicantBrowser.click("reissueForm:confirmReissue");
            BrowserApplicant.payInSandbox(applicantBrowser);
            String reissue = applicantBrowser.driver.getCurrentUrl().replaceAll(".*number=([^&]+).*", "$1");
            assertEquals("待制作", OrderPage.shown(applicantBrowser).status(), "paid, not reviewed");
            producerBrowser.go("/staff/produce.xhtml?number=" + reissue);
            producerBrowser.waitForText("星湖大道 3 号");
            producerBrowser.click("startProduction");
            producerBrowser.waitForText("制作完成");

            Path lost = OpenSsl.pem(work.resolve("lost.pem"), "CERTIFICATE", lostCertificate);
            Path root = OpenSsl.pem(work.resolve("root.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-root.cer"));
            Path issuing = OpenSsl.pem(work.resolve("issuing.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-issuing.cer"));
            String status = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", lost.toString(),
                    "-url", IntegrationServer.url() + "/pki/ocsp", "-CAfile", root.toString());
            assertTrue(status.contains(lost + ": revoked") && status.contains("Reason: keyCompromise"), status);
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.waitForText(reissue);
            assertTrue(applicantBrowser.text().contains("证书待确认收货后生效"), "the new ukey's seal, on hold");
        } finally {
            connector.close();
        }
    }

    /** The connector on software ukeys in this test's folder; each start adds one blank ukey. */
    private RunningConnector connectorWithABlankUkey(Path ticketKey) throws Exception {
        return RunningConnector.start(Path.of(System.getProperty("sealdesk.it.connector-jar")), Map.of(),
                "--origin", IntegrationServer.url(), "--ticket-key", ticketKey.toString(),
                "--software-tokens", work.resolve("tokens").toString(), "--blank", "1",
                "--data", work.resolve("connector").toString(),
                "--port", System.getProperty("sealdesk.it.connector-port"));
    }

    private static byte[] bytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static JsonObject token(RunningConnector connector, String serial) throws Exception {
        return ConnectorCalls.get(connector, "/v1/tokens").getJsonArray("tokens").stream().map(JsonValue::asJsonObject)
                .filter(token -> token.getString("serial").equals(serial)).findFirst().orElseThrow();
    }

    /** Whether the page has a beforeunload handler that asks before leaving. */
    private static boolean leavingIsQuestioned(Browser browser) {
        return (Boolean) browser.execute("const e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
    }
}
