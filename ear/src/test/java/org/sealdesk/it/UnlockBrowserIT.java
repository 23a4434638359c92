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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.it.pages.OrderPage;

/**
 * 解锁 (manual 1.3.5) in headless Chromium through connector.jar, on a software ukey (SoftHSM2 does not lock a user
 * PIN): a ukey produced for the applicant, its PIN locked by wrong tries, unlock ordered from its seal and paid; the
 * order page has the connector redeem the server's ticket, the PIN becomes 12345678, and the page keeps the
 * applicant until a new PIN, typed twice, is on the ukey.
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
        try (Browser applicantBrowser = Browser.open("unlock-applicant");
                Browser producerBrowser = Browser.open("unlock-producer");
                RunningConnector connector = RunningConnector.start(
                        Path.of(System.getProperty("sealdesk.it.connector-jar")), Map.of(),
                        "--origin", IntegrationServer.url(), "--ticket-key", ticketKey.toString(),
                        "--software-tokens", work.resolve("tokens").toString(), "--blank", "1",
                        "--data", work.resolve("connector").toString(),
                        "--port", System.getProperty("sealdesk.it.connector-port"))) {
            BrowserApplicant.signedInAndVerified(applicantBrowser, "解小锁");
            String number = BrowserApplicant.submitPersonalOrder(applicantBrowser, "解小锁");
            BrowserApplicant.payInSandbox(applicantBrowser);
            FacesClient reviewer = Staff.create("REVIEWER").signedIn();
            reviewer.get("/staff/review.xhtml?number=" + number);
            assertTrue(reviewer.submit("decisionForm", "approve", "decisionForm:approve", Map.of()).redirected());
            Staff.create("PRODUCER").signIn(producerBrowser);
            producerBrowser.go("/staff/produce.xhtml?number=" + number);
            producerBrowser.click("startProduction");
            producerBrowser.waitForText("制作完成");

            List<JsonValue> tokens = ConnectorCalls.get(connector, "/v1/tokens").getJsonArray("tokens");
            String serial = tokens.get(0).asJsonObject().getString("serial");
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
        }
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
