package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.it.pages.ApplicationWizard;
import org.sealdesk.replacement.FormerCa;
import org.sealdesk.token.SoftHsm;

/**
 * ukey 更换 (manual 1.2.6.2) in headless Chromium through connector.jar on SoftHSM2: a ukey carrying a key pair and a
 * certificate from a stand-in former CA (its certificate and CRL written where the server's settings point). From
 * 个人印章办理 the applicant chooses ukey 更换, types a wrong PIN and then the right one; the certificate is shown, the
 * applicant allows the replacement, the wizard starts with the certificate's name, and the usual steps lead to
 * payment; the reviewer sees the former certificate beside the application and approves; the producer makes the
 * new ukey as for a new seal.
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
        Instant now = Instant.now();
        FormerCa former = FormerCa.create("CN=深圳 CA（测试替身）,O=SealDesk IT,C=CN", now);
        SoftHsm.putFormerCertificate(conf, "ukey1", "SZCA sign", key -> former.issue("CN=" + HOLDER + ",C=CN",
                SubjectPublicKeyInfo.getInstance(key), now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)))
                .getEncoded());
        Path trusted = Path.of(System.getProperty("sealdesk.it.former-ca-dir"));
        Files.createDirectories(trusted);
        Files.writeString(trusted.resolve("ca.pem"), pem("CERTIFICATE", former.certificate().getEncoded()));
        Files.writeString(trusted.resolve("crl.pem"), pem("X509 CRL", former.revocationList(now).getEncoded()));
        Path ticketKey = work.resolve("ticket-key.pem");
        Files.writeString(ticketKey, HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/pki/ticket-key.pem")).build(), HttpResponse.BodyHandlers.ofString()).body());

        String number;
        try (RunningConnector connector = RunningConnector.start(Path.of(System.getProperty("sealdesk.it.connector-jar")),
                Map.of("SOFTHSM2_CONF", conf.toString()), "--origin", IntegrationServer.url(), "--ticket-key",
                ticketKey.toString(), "--pkcs11", SoftHsm.LIBRARY.toString(), "--data", work.resolve("connector").toString(),
                "--port", System.getProperty("sealdesk.it.connector-port"));
                Browser browser = Browser.open("replacement")) {
            BrowserApplicant.signedInAndVerified(browser, HOLDER);
            browser.go("/index.xhtml");
            browser.waitForText("ukey 更换（原深圳 CA 用户）");
            browser.screenshotsAtWidths("home-with-replacement");
            browser.click("startForm:replacePersonal");
            browser.waitForText("个人 ukey 更换");

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
            assertTrue(browser.field("formerIssuer").getText().contains("深圳 CA（测试替身）"));
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
                assertTrue(reviewer.text().contains("深圳 CA（测试替身）"), reviewer.text());
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
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}
