package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.sealdesk.it.pages.ApplicationWizard;

/** Manual 1.2.5.2 in headless Chromium, leaving the draft half-way and resuming it from the order list. */
class PersonalApplicationBrowserIT {

    @Test
    void appliesForAPersonalSealAcrossTwoVisits() throws Exception {
        try (Browser browser = Browser.open("personal-application")) {
            BrowserApplicant.signedInAndVerified(browser, "欧阳娜娜");
            String number = BrowserApplicant.startApplication(browser, "startPersonal");
            assertFalse(browser.text().contains("单位名称"), "a personal seal has no unit");

            // 下一步 on an empty step: every refusal at once, each at its field; required fields are marked.
            assertEquals(5, browser.driver.findElements(By.cssSelector("#applyForm .ui-required")).size(),
                    "name, ID number, mobile and both ID card sides are marked as required");
            browser.click("applyForm:next");
            browser.waitForText("请上传法定代表人身份证反面");
            for (String field : List.of("realName", "idNumber", "mobile", "idFrontUpload", "idBackUpload")) {
                assertFalse(browser.field("applyForm:" + field + "Message").getText().isBlank(), field + " says what is wrong");
            }
            // What did not pass is kept: a reload shows it again, to be corrected.
            browser.type("applyForm:realName", "欧阳娜娜");
            browser.type("applyForm:idNumber", "44010319890310");
            browser.click("applyForm:next");
            browser.waitForText("身份证号码不正确");
            browser.screenshot("refusals-at-their-fields");
            browser.driver.navigate().refresh();
            browser.waitFor(d -> "44010319890310".equals(d.findElement(By.id("applyForm:idNumber")).getAttribute("value")));
            assertEquals("欧阳娜娜", browser.field("applyForm:realName").getAttribute("value"));

            ApplicationWizard wizard = ApplicationWizard.shown(browser).fill("法定代表人姓名", "欧阳娜娜")
                    .fill("法定代表人身份证号码", TestData.newIdCardNumber()).fill("法定代表人手机号码", "13700137000")
                    .attach("法定代表人身份证正面", Scans.image("id-front", "jpg")).next("请上传法定代表人身份证反面")
                    .attach("法定代表人身份证反面", Scans.image("id-back", "png"));
            browser.screenshot("legal-representative");
            wizard.next("下载印模采集表").years(1, Scans.pdf("impression-form")).next("收件人");

            // Leave, come back through the order list: the draft resumes where it stopped.
            browser.click("nav:navOrders");
            browser.waitForPath("/account/orders.xhtml");
            browser.waitForText(number);
            assertTrue(browser.text().contains("草稿"));
            browser.screenshot("draft-in-list");
            browser.driver.findElement(By.xpath("//a[contains(@href,'order=" + number + "')]")).click();
            browser.waitForPath("/account/apply.xhtml");
            browser.waitForText("收件人");
            ApplicationWizard.shown(browser).mailTo("欧阳娜娜", "13700137000", "鼎湖区", "坑口街道 8 号").next("应付金额");
            assertEquals("¥300.00", browser.field("amountDue").getText());
            ApplicationWizard.shown(browser).submit();
            browser.waitForPath("/account/pay.xhtml");
            browser.waitForText("待支付");
            browser.screenshot("awaiting-payment");

            // A second draft, deleted from the list.
            String draft = BrowserApplicant.startApplication(browser, "startPersonal");
            browser.click("nav:navOrders");
            browser.waitForText(draft);
            By delete = By.xpath("//tr[contains(.,'" + draft + "')]//button");
            browser.driver.findElement(delete).click();
            browser.waitFor(d -> "ordersForm:confirmNo".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.waitFor(d -> !d.findElement(By.id("ordersForm:confirmNo")).isDisplayed());
            assertTrue(browser.field("ordersForm:orders").getText().contains(draft), "取消 first, Escape closes: nothing deleted");
            browser.driver.findElement(delete).click();
            browser.click("ordersForm:confirmYes");
            browser.waitForText("草稿 " + draft + " 已删除");
            String list = browser.field("ordersForm:orders").getText();
            assertTrue(list.contains(number) && !list.contains(draft), "the draft is gone, the order stays: " + list);
        }
    }
}
