package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.ca.OpenSsl;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.it.pages.ApplicationWizard;
import org.sealdesk.it.pages.OrderPage;
import org.sealdesk.seal.OfdrwSealReader;

/**
 * Manual 1.3.3 印章变更 in headless Chromium, on the connector's software ukeys: a unit whose name and legal
 * representative changed. Its ukey is made and received as usual; then 变更 on the unit seal's card opens the wizard
 * filled in from the seals, another unit's credit code is refused next to the field, the confirm step and the
 * reviewer show each seal as it is beside what it becomes; approved, 立即变更 rekeys the ukey on the holder's PC.
 * openssl finds the new name in the new certificate and OCSP answering revoked (superseded) for the old ones; ofdrw
 * reads the new name from the seal on the ukey, which lists the new certificate.
 */
class ChangeBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OLD_NAME = "肇庆市旧名称建材有限公司";
    private static final String NEW_NAME = "肇庆市新名称科技有限公司";
    private static final String CREDIT_CODE = "9144030071526726XG";

    @TempDir
    Path work;

    @Test
    void aRenamedUnitChangesItsSealsThroughReviewOnItsOwnUkey() throws Exception {
        Path ticketKey = work.resolve("ticket-key.pem");
        Files.write(ticketKey, bytes("/pki/ticket-key.pem"));
        try (RunningConnector connector = RunningConnector.start(Path.of(System.getProperty(
                        "sealdesk.it.connector-jar")), Map.of(), "--origin", IntegrationServer.url(),
                        "--ticket-key", ticketKey.toString(), "--software-tokens", work.resolve("tokens").toString(),
                        "--blank", "1", "--data", work.resolve("connector").toString(),
                        "--port", System.getProperty("sealdesk.it.connector-port"));
                Browser applicantBrowser = Browser.open("change-applicant");
                Browser producerBrowser = Browser.open("change-producer");
                Browser reviewerBrowser = Browser.open("change-reviewer")) {
            BrowserApplicant applicant = BrowserApplicant.signedInAndVerified(applicantBrowser, "韩旧任");
            String number = BrowserApplicant.startApplication(applicantBrowser, "startEnterprise");
            ApplicationWizard.shown(applicantBrowser).fill("单位名称", OLD_NAME).fill("统一社会信用代码", CREDIT_CODE)
                    .fill("单位地址", "广东省肇庆市端州区天宁北路 1 号").fill("法定代表人姓名", "韩旧任")
                    .fill("法定代表人身份证号码", TestData.newIdCardNumber()).fill("法定代表人手机号码", "13800138000")
                    .attach("营业执照扫描件（加盖单位公章）", Scans.image("business-licence", "png"))
                    .next("下载印模采集表").years(1, Scans.pdf("impression-form")).next("收件人")
                    .mailTo("韩旧任", "13800138000", "端州区", "天宁北路 1 号").next("应付金额").submit();
            BrowserApplicant.payInSandbox(applicantBrowser);
            approve(number);
            Staff.create("PRODUCER").signIn(producerBrowser);
            producerBrowser.go("/staff/produce.xhtml?number=" + number);
            producerBrowser.click("startProduction");
            producerBrowser.waitForText("制作完成");
            String serial = ConnectorCalls.initialisedSerial(connector);
            assertTrue(Staff.ship(number, serial).contains("已短信通知申请人"));
            Matcher pin = Pattern.compile("ukey初始密码：(\\d{8})，").matcher(Outbox.latestMessage(applicant.mobile));
            assertTrue(pin.find());
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            applicantBrowser.click("deliveryForm:confirmReceipt");
            applicantBrowser.click("deliveryForm:confirmYes");
            applicantBrowser.waitForText("已确认收货");
            Path oldUnit = certificateOn(connector, serial, "unit", "old-unit.pem");
            Path oldLegalRep = certificateOn(connector, serial, "legal-rep", "old-legal-rep.pem");

            // 变更: the wizard starts from the seals; a credit code of another unit is refused at its field.
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.press("变更");
            ApplicationWizard wizard = ApplicationWizard.shown(applicantBrowser);
            applicantBrowser.waitForText("印章变更：");
            assertEquals(OLD_NAME, applicantBrowser.labelled("单位名称").getAttribute("value"), "filled in");
            assertFalse(applicantBrowser.text().contains("邮寄信息"), "nothing is posted: no mailing step");
            wizard.fill("单位名称", NEW_NAME).fill("统一社会信用代码", "91441200MA4UJX8Q2G")
                    .fill("法定代表人姓名", "韩新任").fill("法定代表人身份证号码", TestData.newIdCardNumber())
                    .attach("营业执照扫描件（加盖单位公章）", Scans.image("new-licence", "png"));
            applicantBrowser.press("下一步");
            applicantBrowser.waitForText("变更不能更改统一社会信用代码");
            assertTrue(applicantBrowser.field("applyForm:creditCodeMessage").getText().contains("其他单位"),
                    "said next to the code");
            assertEquals(NEW_NAME, applicantBrowser.labelled("单位名称").getAttribute("value"), "typed, kept");
            applicantBrowser.screenshotsAtWidths("change-other-unit");
            wizard.fill("统一社会信用代码", CREDIT_CODE).next("下载印模采集表")
                    .attach("印模采集表扫描件", Scans.pdf("new-impression-form")).next("应付金额");
            String compared = applicantBrowser.field("changeCompare").getText();
            assertTrue(compared.contains(OLD_NAME) && compared.contains(NEW_NAME) && compared.contains("韩旧任")
                    && compared.contains("韩新任"), compared);
            applicantBrowser.screenshotsAtWidths("change-confirm");
            wizard.submit();
            BrowserApplicant.payInSandbox(applicantBrowser);
            String change = applicantBrowser.driver.getCurrentUrl().replaceAll(".*number=([^&]+).*", "$1");
            assertEquals("待审核", OrderPage.shown(applicantBrowser).status());

            Staff.create("REVIEWER").signIn(reviewerBrowser);
            reviewerBrowser.go("/staff/review.xhtml?number=" + change);
            reviewerBrowser.waitForText("变更前后对照");
            assertTrue(reviewerBrowser.field("changeCompare").getText().contains(NEW_NAME), "old and new side by side");
            reviewerBrowser.screenshotsAtWidths("change-review");
            approve(change);

            // 立即变更 on the holder's PC, with the PIN the shipping SMS gave.
            applicantBrowser.go("/account/order.xhtml?number=" + change);
            OrderPage approved = OrderPage.shown(applicantBrowser);
            assertEquals("待在线更新", approved.status());
            assertTrue(approved.next().contains("立即变更"), approved.next());
            applicantBrowser.type("rekeyPin", pin.group(1));
            applicantBrowser.click("startRekey");
            applicantBrowser.waitForText("变更完成");
            assertEquals("已完成", applicantBrowser.field("status").getText());
            applicantBrowser.screenshotsAtWidths("change-done");

            Path newUnit = certificateOn(connector, serial, "unit", "new-unit.pem");
            String subject = OpenSsl.run("openssl", "x509", "-in", newUnit.toString(), "-noout", "-subject",
                    "-nameopt", "utf8");
            assertTrue(subject.contains(NEW_NAME) && !subject.contains(OLD_NAME), subject);
            assertTrue(OpenSsl.run("openssl", "x509", "-in", certificateOn(connector, serial, "legal-rep",
                    "new-legal-rep.pem").toString(), "-noout", "-subject", "-nameopt", "utf8").contains("韩新任"));
            Path root = OpenSsl.pem(work.resolve("root.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-root.cer"));
            Path issuing = OpenSsl.pem(work.resolve("issuing.pem"), "CERTIFICATE", bytes("/pki/ca/rsa-issuing.cer"));
            String status = OpenSsl.run("openssl", "ocsp", "-issuer", issuing.toString(), "-cert", oldUnit.toString(),
                    "-cert", oldLegalRep.toString(), "-cert", newUnit.toString(), "-url", IntegrationServer.url()
                            + "/pki/ocsp", "-CAfile", root.toString());
            assertTrue(status.contains(oldUnit + ": revoked") && status.contains(oldLegalRep + ": revoked")
                    && status.contains("Reason: superseded") && status.contains(newUnit + ": good"), status);
            byte[] seal = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial
                    + "/seals/unit/seal").getString("seal"));
            OfdrwSealReader.Reading reading = OfdrwSealReader.read(seal);
            assertTrue(reading.signatureHolds(), "ofdrw verifies the re-made seal");
            assertEquals(NEW_NAME, reading.name());
            assertArrayEquals(Files.readAllBytes(work.resolve("new-unit.der")), reading.certificates().get(0),
                    "it lists the new certificate");
            applicantBrowser.go("/account/seals.xhtml");
            applicantBrowser.waitForText(NEW_NAME);
            assertFalse(applicantBrowser.text().contains(OLD_NAME), "the old seals left the list");
        }
    }

    /** A reviewer approves the order, as the review page's 审核通过 does. */
    private static void approve(String number) {
        FacesClient reviewer = Staff.create("REVIEWER").signedIn();
        reviewer.get("/staff/review.xhtml?number=" + number);
        assertTrue(reviewer.submit("decisionForm", "approve", "decisionForm:approve", Map.of()).redirected());
    }

    /** The certificate in a seal slot of the ukey, kept as DER and PEM under {@code pemName} in the work folder. */
    private Path certificateOn(RunningConnector connector, String serial, String slot, String pemName)
            throws Exception {
        byte[] der = Base64.getDecoder().decode(ConnectorCalls.get(connector, "/v1/tokens/" + serial + "/seals/"
                + slot + "/certificate").getString("certificate"));
        Files.write(work.resolve(pemName.replace(".pem", ".der")), der);
        return OpenSsl.pem(work.resolve(pemName), "CERTIFICATE", der);
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }
}
