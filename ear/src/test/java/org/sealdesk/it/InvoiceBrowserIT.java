package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.sealdesk.ca.OpenSsl;
import org.sealdesk.it.pages.VerifyPage;
import org.sealdesk.shipping.PrintedPdf;

/**
 * Manual 1.3.1 发票开具: an applicant asks for the invoice of a paid order from the order list (wrong details said
 * next to their fields), finance issues it, the applicant downloads it; pdfsig, which nobody here wrote, finds the
 * seller's PAdES signature valid, and notices a changed byte, as 验证 does. A refund then cancels the invoice with a red
 * one.
 */
class InvoiceBrowserIT {

    @TempDir
    Path work;

    @Test
    void anApplicantRequestsAnInvoiceFinanceIssuesItAndPdfsigFindsTheSellersSignatureValid() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (Debian's poppler-utils) is not installed");
        try (Browser applicantBrowser = Browser.open("invoice-applicant");
                Browser financeBrowser = Browser.open("invoice-finance")) {
            BrowserApplicant.signedInAndVerified(applicantBrowser, "韦晓燕");
            String number = BrowserApplicant.submitPersonalOrder(applicantBrowser, "韦晓燕");
            BrowserApplicant.payInSandbox(applicantBrowser);

            applicantBrowser.go("/account/orders.xhtml");
            applicantBrowser.waitForText(number);
            applicantBrowser.driver.findElement(By.xpath("//tr[contains(., '" + number + "')]//a[contains(., '申请开票')]"))
                    .click();
            applicantBrowser.waitForPath("/account/invoice.xhtml");
            applicantBrowser.waitForText("提交开票申请");
            assertEquals("韦晓燕", applicantBrowser.field("invoiceForm:title").getAttribute("value"),
                    "a personal order's invoice is made out to its holder unless changed");
            applicantBrowser.pick("单位");
            applicantBrowser.type("invoiceForm:title", "肇庆市鼎盛建设工程有限公司");
            applicantBrowser.type("invoiceForm:taxNumber", "91441200MA4UJX8Q2X");
            applicantBrowser.type("invoiceForm:email", "caiwu@");
            applicantBrowser.click("invoiceForm:saveInvoice");
            applicantBrowser.waitForText("统一社会信用代码不正确");
            assertTrue(applicantBrowser.field("invoiceForm:emailMessage").getText().contains("邮箱格式不正确"));
            applicantBrowser.screenshotsAtWidths("invoice-request-refused");
            applicantBrowser.type("invoiceForm:taxNumber", "91441200MA4UJX8Q2G");
            applicantBrowser.type("invoiceForm:email", "caiwu@dingsheng.example.cn");
            applicantBrowser.click("invoiceForm:saveInvoice");
            applicantBrowser.waitForText("已提交订单 " + number + " 的开票申请");

            Staff.create("FINANCE").signIn(financeBrowser);
            financeBrowser.go("/staff/invoices.xhtml");
            financeBrowser.waitForText(number);
            assertTrue(financeBrowser.text().contains("91441200MA4UJX8Q2G"), "finance sees what to issue");
            financeBrowser.screenshotsAtWidths("invoice-desk");
            financeBrowser.driver.findElement(By.xpath("//tr[contains(., '" + number
                    + "')]//button[contains(., '开具')]")).click();
            financeBrowser.click("requestsForm:confirmYes");
            financeBrowser.waitForText("发票已开具，发票号码");

            applicantBrowser.go("/account/orders.xhtml");
            applicantBrowser.driver.findElement(By.xpath("//tr[contains(., '" + number + "')]//a[contains(., '查看开票')]"))
                    .click();
            applicantBrowser.waitForText("发票已开具");
            applicantBrowser.screenshotsAtWidths("invoice-issued");
            String invoiceNumber = applicantBrowser.field("invoiceNumber").getText();
            String mailed = Outbox.latestMail("caiwu@dingsheng.example.cn");
            assertTrue(mailed.contains(invoiceNumber) && mailed.contains("invoice-" + invoiceNumber + ".pdf"),
                    "the invoice is emailed to the buyer: " + mailed);

            byte[] pdf = applicantBrowser.download("/account/invoices/" + number);
            String printed = PrintedPdf.text(pdf);
            for (String expected : new String[] {"样票", invoiceNumber, "肇庆市鼎盛建设工程有限公司", "91441200MA4UJX8Q2G",
                    "叁佰元整", "¥300.00", "6%", number}) {
                assertTrue(printed.contains(expected), expected + " in\n" + printed);
            }
            String checked = OpenSsl.run("pdfsig", Files.write(work.resolve("invoice.pdf"), pdf).toString());
            assertTrue(checked.contains("Signature Type: ETSI.CAdES.detached")
                    && checked.contains("Signature Validation: Signature is Valid."), checked);
            assertTrue(checked.contains("Signer Certificate Common Name:"), checked);

            byte[] altered = pdf.clone();
            int inside = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("stream") + 40; // a page's content
            altered[inside] ^= 0x01;
            Path alteredFile = Files.write(work.resolve("altered.pdf"), altered);
            String broken = OpenSsl.run("pdfsig", alteredFile.toString());
            assertTrue(broken.contains("Digest Mismatch.") || broken.contains("Signature is Invalid"), broken);

            // 验证 (public) reads the stamped PDF the same way: the platform signed it, and nothing changed since.
            String verified = VerifyPage.verified(applicantBrowser, work.resolve("invoice.pdf"));
            assertTrue(verified.contains("盖章的 PDF 文件") && verified.contains("有效：文件自签章后未被改动")
                    && verified.contains("本平台自身的签章证书"), verified);
            applicantBrowser.screenshotsAtWidths("verify-invoice");
            assertTrue(VerifyPage.verified(applicantBrowser, alteredFile).contains("无效：文件在签章后被改动"),
                    applicantBrowser.text());

            // 冲红: the order is sent back and refunded; the sample provider cancels the invoice with a red one at once.
            FacesClient reviewer = Staff.create("REVIEWER").signedIn();
            reviewer.get("/staff/review.xhtml?number=" + number);
            reviewer.submit("decisionForm", "reject", Map.of("reasonText", "申请人来电放弃办理"));
            financeBrowser.go("/staff/finance.xhtml");
            financeBrowser.type("financeForm:orderNumber", number);
            financeBrowser.click("financeForm:search");
            financeBrowser.waitFor(d -> d.findElement(By.id("financeForm:payments")).getText().contains(number));
            financeBrowser.click("financeForm:payments:0:refund");
            financeBrowser.waitFor(d -> d.findElement(By.id("refundOrder")).getText().equals(number));
            financeBrowser.type("refundForm:refundReason", "申请人放弃办理，全额退回");
            financeBrowser.click("refundForm:confirmRefund");
            financeBrowser.waitForText("订单 " + number + " 退款已提交");

            applicantBrowser.go("/account/invoice.xhtml?number=" + number);
            applicantBrowser.waitForText("发票已冲红");
            applicantBrowser.screenshotsAtWidths("invoice-reversed");
            String redNumber = applicantBrowser.field("redNumber").getText();
            byte[] red = applicantBrowser.download("/account/invoices/" + number + "/red");
            String redText = PrintedPdf.text(red);
            assertTrue(redText.contains(redNumber) && redText.contains("对应蓝字发票号码 " + invoiceNumber)
                    && redText.contains("-¥300.00"), redText);
            String redChecked = OpenSsl.run("pdfsig", Files.write(work.resolve("red.pdf"), red).toString());
            assertTrue(redChecked.contains("Signature Validation: Signature is Valid."), redChecked);
        }
    }
}
