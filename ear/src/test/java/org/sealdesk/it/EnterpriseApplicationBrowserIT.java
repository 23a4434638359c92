package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sealdesk.it.pages.ApplicationWizard;

/** Manual 1.2.5.1 in headless Chromium: the enterprise seal wizard from the home page to "awaiting payment". */
class EnterpriseApplicationBrowserIT {

    private static final String UNIT = "肇庆市鼎盛建设工程有限公司";

    @Test
    void appliesForTheEnterpriseSealsUpToPayment() throws Exception {
        try (Browser browser = Browser.open("enterprise-application")) {
            BrowserApplicant.signedInAndVerified(browser, "王小明");
            String number = BrowserApplicant.startApplication(browser, "startEnterprise");

            ApplicationWizard wizard = ApplicationWizard.shown(browser).fill("单位名称", UNIT)
                    .fill("统一社会信用代码", "9144030071526726XG").fill("单位地址", "广东省肇庆市端州区天宁北路 1 号")
                    .fill("法定代表人姓名", "王小明").fill("法定代表人身份证号码", TestData.newIdCardNumber())
                    .fill("法定代表人手机号码", "13800138000");
            browser.attach("营业执照扫描件（加盖单位公章）", Scans.htmlNamedLikeAJpeg());
            browser.waitForText("仅支持 JPG、PNG 图片或 PDF 文件");
            assertEquals(UNIT, browser.labelled("单位名称").getAttribute("value"), "what was typed stays");
            browser.screenshot("upload-refused");
            wizard.attach("营业执照扫描件（加盖单位公章）", Scans.image("business-licence", "png"));
            browser.screenshot("unit-and-licence");
            wizard.next("下载印模采集表");
            byte[] form = browser.download("/account/files/" + number + "/impression-form.pdf");
            try (PDDocument pdf = Loader.loadPDF(form)) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains(number) && text.contains(UNIT), text);
            }
            wizard.years(2, Scans.image("impression-form", "jpg"));
            browser.screenshot("validity-and-form");
            wizard.next("收件人").mailTo("李四", "13900139000", "端州区", "天宁北路 1 号");
            browser.screenshot("mailing");
            wizard.next("应付金额");
            assertEquals("¥1,100.00", browser.field("amountDue").getText(), "2 years from the price table");
            assertEquals("企业公章（" + UNIT + "）、法定代表人签名章（王小明）", browser.field("seals").getText(),
                    "the confirm step lists the seals to be made");
            browser.screenshot("confirm");
            wizard.submit();
            browser.waitForPath("/account/pay.xhtml");
            browser.waitForText("待支付");
            assertTrue(browser.text().contains("¥1,100.00") && browser.text().contains(UNIT));
            assertEquals("企业公章（" + UNIT + "）、法定代表人签名章（王小明）", browser.field("seals").getText(),
                    "one order, one amount, both seals");
            List<WebElement> images = browser.driver.findElements(By.cssSelector("#sealImages img"));
            assertEquals(List.of("企业公章（" + UNIT + "）", "法定代表人签名章（王小明）"),
                    images.stream().map(image -> image.getAttribute("alt")).toList(), "each seal's image, named");
            browser.waitFor(d -> images.stream().allMatch(image -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth;", image)).intValue() > 0));
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
