package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.sealdesk.it.pages.OrderPage;

/** Manual 1.2.5 step 5 on the built-in sandbox: the applicant pays and the order moves to review by itself. */
class SandboxPaymentBrowserIT {

    @Test
    void applicantPaysInTheSandboxAndTheOrderMovesToReview() throws Exception {
        try (Browser browser = Browser.open("sandbox-payment")) {
            BrowserApplicant.signedInAndVerified(browser, "林小红");
            String number = BrowserApplicant.submitPersonalOrder(browser, "林小红");

            browser.waitForText("扫码支付");
            assertTrue(browser.text().contains("¥300.00"), "the price table's amount for one year");
            assertTrue(browser.field("qr").getAttribute("src").startsWith("data:image/png;base64,"), "a QR code to scan");
            browser.screenshot("pay-page");

            browser.click("payForm:paid");
            browser.waitForText("尚未收到您的付款");

            String payTab = browser.driver.getWindowHandle();
            String sandboxUrl = browser.attribute("payForm:sandboxLink", "href");
            Matcher trade = Pattern.compile("trade=(" + number + "P\\d\\d)").matcher(sandboxUrl);
            assertTrue(trade.find(), sandboxUrl);
            // The payer opens the sandbox twice (two tabs), pays in one, then presses pay again in the other.
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.driver.get(sandboxUrl);
            browser.waitForText("不会产生任何真实扣款");
            String secondSandboxTab = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.driver.get(sandboxUrl);
            browser.waitForText("不会产生任何真实扣款");
            assertEquals("¥300.00", browser.field("sandboxForm:amount").getText());
            browser.screenshot("sandbox");
            browser.click("sandboxForm:pay");
            browser.waitForText("支付成功：¥300.00");
            // WeChat Pay repeats notifications; a repeat changes nothing.
            browser.click("sandboxForm:notifyAgain");
            browser.waitForText("支付通知已重发");
            browser.screenshot("sandbox-paid");
            browser.driver.close();
            browser.driver.switchTo().window(secondSandboxTab);
            browser.click("sandboxForm:pay");
            browser.waitForText("支付成功：¥300.00");
            browser.driver.close();
            browser.driver.switchTo().window(payTab);

            // The pay page notices by itself and moves on to the order: paid once, though notified twice.
            OrderPage order = OrderPage.shown(browser);
            assertEquals("待审核", order.status());
            List<String> payments = order.payments();
            assertEquals(1, payments.size(), "paid twice in the sandbox, one payment: " + payments);
            assertTrue(payments.get(0).contains(trade.group(1)) && payments.get(0).contains("沙箱（模拟）")
                    && payments.get(0).contains("¥300.00") && payments.get(0).contains("已支付"), payments.toString());
            order.assertTimeline("草稿", "待支付", "待审核");
            browser.screenshot("order-paid");

            // The sandbox refuses to take the money twice.
            browser.driver.get(sandboxUrl);
            browser.waitForText("支付成功");
            assertTrue(browser.driver.findElements(By.id("sandboxForm:pay")).isEmpty());
        }
    }

    @Test
    void anUnknownTradeHasNoSandboxPage() throws Exception {
        FacesClient visitor = FacesClient.forServer();
        assertEquals(404, visitor.get("/sandbox/pay.xhtml?trade=SD2026010100000000P01").statusCode());
    }
}
