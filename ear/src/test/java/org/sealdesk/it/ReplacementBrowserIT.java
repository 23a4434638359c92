package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.ca.OpenSsl;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.it.pages.ApplicationWizard;
import org.sealdesk.token.SoftHsm;

/**
 * ukey 更换 (manual 1.2.6.2) in headless Chromium through connector.jar on SoftHSM2, as a new user tries it in demo
 * mode: from 个人印章办理 the applicant chooses ukey 更换, downloads a key and certificate from demo mode's test former
 * CA and puts them on the ukey with the README's commands (openssl, pkcs11-tool), types no PIN, a wrong PIN and then
 * the right one; the certificate is shown, the
 * applicant allows the replacement, the wizard starts with the certificate's name, and the usual steps lead to
 * payment; the reviewer sees the former certificate beside the application and approves; the producer makes the
 * new ukey and the shipper posts it as for a new seal.
 */
class ReplacementBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HOLDER = "林小换";

    @TempDir
    Path work;

    @Test
    void aFormerCaUkeyHolderAppliesFromWhatTheOldCertificateSays() throws Exception {
        SoftHsm.assumeInstalled();
        Path conf = work.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 1);
        Map<String, String> softHsm = Map.of("SOFTHSM2_CONF", conf.toString());
        Path ticketKey = work.resolve("ticket-key.pem");
        Files.writeString(ticketKey, HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ticket-key.pem")).build(), HttpResponse.BodyHandlers.ofString()).body());

        String number;
        try (RunningConnector connector = RunningConnector.start(Path.of(System.getProperty("sealdesk.it.connector-jar")),
                softHsm, "--origin", IntegrationServer.url(), "--ticket-key",
                ticketKey.toString(), "--pkcs11", SoftHsm.LIBRARY.toString(), "--data", work.resolve("connector").toString(),
                "--port", System.getProperty("sealdesk.it.connector-port"));
                Browser browser = Browser.open("replacement")) {
            BrowserApplicant.signedInAndVerified(browser, HOLDER);
            browser.go("/index.xhtml");
            browser.waitForText("ukey 更换（原深圳 CA 用户）");
            browser.screenshotsAtWidths("home-with-replacement");
            browser.click("startForm:replacePersonal");
            browser.waitForText("个人 ukey 更换");
            // Demo mode's test former CA issues a key and certificate; the README's commands put them on the ukey.
            Path credential = work.resolve("demo-former-ukey.pem");
            Files.write(credential, browser.download(browser.attribute("demoCredential", "href")
                    .replaceFirst("^https?://[^/]+", "")));
            OpenSsl.run("openssl", "pkey", "-in", credential.toString(), "-outform", "DER", "-out",
                    work.resolve("key.der").toString());
            OpenSsl.run("openssl", "x509", "-in", credential.toString(), "-outform", "DER", "-out",
                    work.resolve("certificate.der").toString());
            for (String[] object : new String[][] {{"key.der", "privkey"}, {"certificate.der", "cert"}}) {
                OpenSsl.run(softHsm, "pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(), "--token-label", "ukey1",
                        "--login", "--pin", SoftHsm.USER_PIN, "--write-object", work.resolve(object[0]).toString(),
                        "--type", object[1], "--id", "5a01", "--label", "former");
            }

            browser.click("readFormer");
            browser.waitFor(driver -> browser.field("formerPinMessage").getText().contains("请输入原 ukey 的 PIN 码"));
            browser.type("formerPin", "975310");
            browser.click("readFormer");
            browser.waitForText("PIN 码错误");
            browser.screenshotsAtWidths("replacement-wrong-pin");
            browser.type("formerPin", SoftHsm.USER_PIN);
            browser.click("readFormer");
            browser.waitForText("原 ukey 核验通过");
            assertTrue(browser.field("formerSubject").getText().contains(HOLDER), browser.field("formerSubject").getText());
            assertTrue(browser.field("formerIssuer").getText().contains("SealDesk 演示旧 CA"));
            browser.screenshotsAtWidths("replacement-proven");

            browser.click("allowForm:allow");
            browser.waitForPath("/account/apply.xhtml");
            number = browser.field("orderNumber").getText();
            assertEquals(HOLDER, browser.labelled("法定代表人姓名").getAttribute("value"), "filled from the certificate");
            ApplicationWizard.shown(browser).person(HOLDER, TestData.newIdCardNumber(), "13700137000",
                    Scans.image("id-front", "jpg"), Scans.image("id-back", "png")).next("下载印模采集表")
                    .years(1, Scans.pdf("impression-form")).next("收件人")
                    .mailTo(HOLDER, "13700137000", "端州区", "星湖大道 2 号").next("应付金额").submit();
            browser.waitForPath("/account/pay.xhtml");
            browser.waitForText("个人 ukey 更换");
            BrowserApplicant.payInSandbox(browser);

            try (Browser reviewer = Browser.open("replacement-reviewer")) {
                Staff.create("REVIEWER").signIn(reviewer);
                reviewer.go("/staff/review.xhtml?number=" + number);
                reviewer.waitForText("原 ukey 证书（ukey 更换）");
                assertTrue(reviewer.text().contains("SealDesk 演示旧 CA"), reviewer.text());
                assertTrue(reviewer.text().contains("姓名 " + HOLDER + " 与原 ukey 证书一致"), reviewer.text());
                reviewer.screenshotsAtWidths("replacement-review");
            }
            FacesClient approving = Staff.create("REVIEWER").signedIn();
            approving.get("/staff/review.xhtml?number=" + number);
            assertTrue(approving.submit("decisionForm", "approve", "decisionForm:approve", Map.of()).redirected());
        }
        // Produced as a new seal is: the producer's connector (software ukeys, one blank) on the same port.
        try (RunningConnector producing = RunningConnector.start(Path.of(System.getProperty("sealdesk.it.connector-jar")),
                Map.of(), "--origin", IntegrationServer.url(), "--ticket-key", ticketKey.toString(), "--software-tokens",
                work.resolve("tokens").toString(), "--blank", "1", "--data", work.resolve("producer").toString(),
                "--port", System.getProperty("sealdesk.it.connector-port"));
                Browser producer = Browser.open("replacement-producer")) {
            Staff.create("PRODUCER").signIn(producer);
            producer.go("/staff/produce.xhtml?number=" + number);
            producer.click("startProduction");
            producer.waitForText("制作完成");
            assertEquals("待邮寄", producer.field("status").getText());
            assertTrue(Staff.ship(number, ConnectorCalls.initialisedSerial(producing)).contains("已短信通知申请人"),
                    "shipped as a new seal is");
        }
    }
}
