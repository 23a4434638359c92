package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Manual 1.2.5.1 in headless Chromium: the enterprise seal wizard from the home page to "awaiting payment". */
class EnterpriseApplicationBrowserIT {

    private static final String UNIT = "肇庆市鼎盛建设工程有限公司";

    @Test
    void appliesForTheEnterpriseSealsUpToPayment() throws Exception {
        try (Browser browser = Browser.open("enterprise-application")) {
            BrowserApplicant.signedInAndVerified(browser, "王小明");
            String number = BrowserApplicant.startApplication(browser, "startEnterprise");

            browser.type("applyForm:unitName", UNIT);
            browser.type("applyForm:creditCode", "9144030071526726XG");
            browser.type("applyForm:unitAddress", "广东省肇庆市端州区天宁北路 1 号");
            browser.type("applyForm:realName", "王小明");
            browser.type("applyForm:idNumber", TestData.newIdCardNumber());
            browser.type("applyForm:mobile", "13800138000");
            browser.upload("applyForm", Scans.htmlNamedLikeAJpeg());
            browser.waitForText("仅支持 JPG、PNG 图片或 PDF 文件");
            assertEquals(UNIT, browser.field("applyForm:unitName").getAttribute("value"), "what was typed stays");
            browser.screenshot("upload-refused");
            browser.upload("applyForm", Scans.image("business-licence", "png"));
            browser.waitForText("已上传：business-licence.png");
            browser.screenshot("unit-and-licence");
            browser.click("applyForm:next");

            browser.waitForText("下载印模采集表");
            byte[] form = browser.download("/account/files/" + number + "/impression-form.pdf");
            try (PDDocument pdf = Loader.loadPDF(form)) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(number) && text.contains(UNIT), text);
            }
            browser.driver.findElement(By.cssSelector("label[for='validityForm:years:1']")).click();
            browser.upload("validityForm", Scans.image("impression-form", "jpg"));
            browser.waitForText("已上传：impression-form.jpg");
            browser.screenshot("validity-and-form");
            browser.click("validityForm:next");

            BrowserApplicant.fillMailing(browser, "李四", "13900139000", "端州区", "天宁北路 1 号");
            browser.screenshot("mailing");
            browser.click("mailingForm:next");

            browser.waitForText("应付金额");
            assertEquals("¥1,100.00", browser.field("amountDue").getText(), "2 years from the price table");
            browser.screenshot("confirm");
            browser.click("confirmForm:submit");
            browser.waitForPath("/account/pay.xhtml");
            browser.waitForText("待支付");
            assertTrue(browser.text().contains("¥1,100.00") && browser.text().contains(UNIT));
            assertEquals("企业公章（" + UNIT + "）、法定代表人签名章（王小明）", browser.field("seals").getText(),
                    "one order, one amount, both seals");
            browser.screenshot("awaiting-payment");

            browser.click("nav:navOrders");
            browser.waitForPath("/account/orders.xhtml");
            browser.waitForText(number);
            browser.screenshot("orders");

            Applicant stranger = Applicant.registered();
            stranger.signInWithPassword(TestData.PASSWORD);
            assertEquals(404, stranger.client.get("/account/files/" + number + "/BUSINESS_LICENCE").statusCode());
            assertEquals(404, stranger.client.get("/account/files/" + number + "/impression-form.pdf").statusCode());
            assertEquals(404, stranger.client.get("/account/order.xhtml?number=" + number).statusCode());
            assertEquals(404, stranger.client.get("/account/pay.xhtml?number=" + number).statusCode());
        }
    }
}
