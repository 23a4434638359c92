package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** 账户安全 in headless Chromium: a new password with the current one, a new number with a code to each. */
class AccountSecurityBrowserIT {

    private static final String NEW_PASSWORD = "Stamp2027desk";

    @Test
    void changesThePasswordThenTheNumberAndSignsInWithBoth() throws Exception {
        try (Browser browser = Browser.open("account-security")) {
            BrowserApplicant applicant = BrowserApplicant.signedInAndVerified(browser, "卫二五");
            browser.go("/account/index.xhtml");
            browser.click("goSecurity");
            browser.waitForPath("/account/security.xhtml");
            assertEquals(applicant.mobile.substring(0, 3) + "****" + applicant.mobile.substring(7),
                    browser.field("currentMobile").getText());

            browser.type("passwordForm:currentPassword", "Wrong2026pass");
            browser.type("passwordForm:password", NEW_PASSWORD);
            browser.type("passwordForm:passwordConfirm", NEW_PASSWORD);
            browser.enter("passwordForm:changePassword");
            browser.waitForText("当前密码不正确，还可尝试 9 次");
            browser.assertFocusComesTo("passwordForm:currentPassword", "the keyboard is back at the wrong field");
            assertEquals("true", browser.field("passwordForm:currentPassword").getAttribute("aria-invalid"),
                    "the wrong field is marked so for screen readers");
            browser.screenshot("wrong-current-password");
            browser.type("passwordForm:currentPassword", TestData.PASSWORD);
            browser.type("passwordForm:password", NEW_PASSWORD);
            browser.type("passwordForm:passwordConfirm", NEW_PASSWORD);
            browser.click("passwordForm:changePassword");
            browser.waitForText("密码已修改");

            String newMobile = TestData.newMobile();
            sendCode(browser, "mobileForm:sendCurrentCode", "mobileForm:currentCodeMessage", "mobileForm:currentCodeMessage");
            browser.assertFocusComesTo("mobileForm:currentCode", "from 获取验证码 on to the code it sent");
            browser.type("mobileForm:currentCode", Outbox.latestCode(applicant.mobile));
            browser.type("mobileForm:mobile", newMobile);
            sendCode(browser, "mobileForm:sendCode", "mobileForm:codeMessage", "mobileForm:mobileMessage");
            browser.type("mobileForm:code", "000000");
            browser.click("mobileForm:changeMobile");
            browser.waitForText("验证码错误");
            assertEquals(newMobile, browser.field("mobileForm:mobile").getAttribute("value"), "the new number stays");
            browser.screenshotsAtWidths("wrong-new-code");
            browser.type("mobileForm:code", Outbox.latestCode(newMobile));
            browser.click("mobileForm:changeMobile");
            browser.waitForText("手机号已更换为 " + newMobile.substring(0, 3) + "****");
            assertEquals(newMobile.substring(0, 3) + "****" + newMobile.substring(7), browser.field("currentMobile").getText());

            browser.click("nav:navSignOut");
            browser.waitForPath("/index.xhtml");
            browser.go("/login.xhtml");
            browser.type("signInTabs:passwordForm:mobile", newMobile);
            browser.type("signInTabs:passwordForm:password", NEW_PASSWORD);
            browser.click("signInTabs:passwordForm:submit");
            browser.waitForPath("/account/index.xhtml");
            assertTrue(browser.text().contains("卫二五"), browser.text());
        }
    }

    /**
     * Presses a 获取验证码 until {@code sentMessage} says the code was sent: a refusal for the wait between codes
     * (under {@code refusalMessage}) counts the button down first, and it is pressed again once free (a press on
     * the countdown's last second may be refused once more). Pressed by keyboard, as focus is checked after.
     */
    private static void sendCode(Browser browser, String button, String sentMessage, String refusalMessage) {
        for (int press = 1; press <= 3; press++) {
            browser.enter(button);
            browser.waitFor(d -> shows(browser, sentMessage, "验证码已发送至") || shows(browser, refusalMessage, "秒后再试"));
            if (shows(browser, sentMessage, "验证码已发送至")) {
                return;
            }
            // As a user does: wait the seconds the refusal names (the IT servers' interval is 5 s) and until the
            // countdown frees the button; then only the new answer counts.
            Matcher seconds = Pattern.compile("请 (\\d+) 秒后再试").matcher(
                    browser.driver.findElement(By.id(refusalMessage)).getText());
            long free = System.nanoTime() + (seconds.find() ? Long.parseLong(seconds.group(1)) : 1) * 1_000_000_000L;
            browser.waitFor(d -> System.nanoTime() > free && d.findElement(By.id(button)).isEnabled());
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById(arguments[0]).textContent = '';", refusalMessage);
        }
        throw new AssertionError("获取验证码 refused three times: " + browser.text());
    }

    private static boolean shows(Browser browser, String messageId, String text) {
        return browser.driver.findElement(By.id(messageId)).getText().contains(text);
    }
}
