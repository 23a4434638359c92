package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/** A new user, in headless Chromium, as the manual's steps 1.2.2–1.2.4 describe them. */
class ApplicantBrowserJourneyIT {

    @Test
    void registersReadsTheCodeSignsInVerifiesRealNameAndSignsOut() throws Exception {
        String mobile = TestData.newMobile();
        String idNumber = TestData.newIdCardNumber();
        try (Browser browser = Browser.open("applicant-journey")) {
            browser.go("/index.xhtml");
            browser.waitForText("证章办理首页");
            browser.screenshot("home");

            browser.click("nav:navRegister");
            browser.waitForPath("/register.xhtml");
            browser.type("registerForm:mobile", mobile);
            browser.click("registerForm:sendCode");
            browser.waitForText("验证码已发送至");
            browser.screenshot("register-code-sent");

            String registerWindow = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.go("/demo/outbox.xhtml");
            browser.waitForText(mobile);
            browser.screenshot("outbox");
            Matcher code = Pattern.compile(mobile + "\\s+【[^】]+】您的验证码为(\\d{6})").matcher(browser.text());
            assertTrue(code.find(), browser.text());
            browser.driver.close();
            browser.driver.switchTo().window(registerWindow);

            browser.type("registerForm:code", code.group(1));
            browser.type("registerForm:password", "short");
            browser.type("registerForm:passwordConfirm", "short");
            browser.click("registerForm:submit");
            browser.waitForText("密码长度须为 8–32 位");
            browser.screenshot("register-weak-password");
            assertTrue(browser.field("registerForm:mobile").getAttribute("value").equals(mobile), "the number stays");

            browser.type("registerForm:password", TestData.PASSWORD);
            browser.type("registerForm:passwordConfirm", TestData.PASSWORD);
            browser.click("registerForm:submit");
            browser.waitForPath("/account/index.xhtml");
            browser.waitForText("注册成功");
            browser.screenshot("registered");

            browser.click("nav:navSignOut");
            browser.waitForPath("/index.xhtml");
            browser.click("nav:navSignIn");
            browser.waitForPath("/login.xhtml");
            browser.type("signInTabs:passwordForm:mobile", mobile);
            browser.type("signInTabs:passwordForm:password", "Wrong2026pass");
            browser.enter("signInTabs:passwordForm:submit");
            browser.waitForText("手机号码或密码错误");
            browser.assertFocusComesTo("signInTabs:passwordForm:password", "the keyboard is back at the password after a failed sign-in");
            browser.type("signInTabs:passwordForm:password", TestData.PASSWORD);
            WebElement showPassword = browser.field("signInTabs:passwordForm:password_mask");
            assertEquals("显示密码", showPassword.getAttribute("aria-label"));
            assertEquals("false", showPassword.getAttribute("aria-checked"), "hidden: the switch is off");
            showPassword.click();
            assertEquals("true", showPassword.getAttribute("aria-checked"), "shown: the switch is on");
            assertEquals("text", browser.field("signInTabs:passwordForm:password").getAttribute("type"));
            assertEquals("显示密码", showPassword.getAttribute("aria-label"));
            showPassword.click();
            browser.screenshot("sign-in");
            browser.click("signInTabs:passwordForm:submit");
            browser.waitForPath("/account/index.xhtml");
            browser.waitForText("未实名");
            browser.screenshot("account-unverified");

            browser.click("goRealName");
            browser.waitForPath("/account/real-name.xhtml");
            browser.type("realNameForm:realName", "王小明");
            browser.type("realNameForm:idNumber", idNumber);
            browser.screenshot("real-name");
            browser.click("realNameForm:submit");
            browser.waitForPath("/account/index.xhtml");
            browser.waitForText("已实名");
            String page = browser.text();
            assertTrue(page.contains("王小明") && page.contains(idNumber.substring(0, 6) + "********"), page);
            assertFalse(page.contains(idNumber));
            browser.screenshot("account-verified");

            browser.click("nav:navSignOut");
            browser.waitForPath("/index.xhtml");
            browser.go("/account/index.xhtml");
            browser.waitForPath("/login.xhtml");
            browser.screenshot("signed-out");
        }
    }

    @Test
    void theCodeButtonWaitsWhileTheServerWouldRefuseEvenOnAPageLoadedAgain() throws Exception {
        String mobile = TestData.newMobile();
        try (Browser browser = Browser.open("code-cooldown")) {
            browser.go("/register.xhtml");
            browser.type("registerForm:mobile", mobile);
            browser.click("registerForm:sendCode");
            browser.waitForText("验证码已发送至");
            assertWaiting(browser);

            browser.go("/register.xhtml");
            assertTrue(browser.field("registerForm:sendCode").isEnabled(), "no number typed yet");
            browser.type("registerForm:mobile", mobile);
            assertWaiting(browser);
            browser.screenshot("reloaded-same-number");
            browser.type("registerForm:mobile", TestData.newMobile());
            browser.waitFor(d -> browser.field("registerForm:sendCode").isEnabled());

            // Another tab or browser knows nothing of the first code: the server's refusal starts the countdown.
            browser.execute("localStorage.clear()");
            browser.go("/register.xhtml");
            browser.type("registerForm:mobile", mobile);
            browser.click("registerForm:sendCode");
            browser.waitForText("秒后再试");
            assertWaiting(browser);
            browser.screenshot("refused");
        }
    }

    /** 获取验证码 is disabled and counts down the seconds the server named (the IT servers wait 5 s between codes). */
    private static void assertWaiting(Browser browser) {
        browser.waitFor(d -> !browser.field("registerForm:sendCode").isEnabled());
        String label = (String) browser.execute("return document.getElementById('registerForm:sendCode').innerText");
        assertTrue(label.matches("获取验证码 \\([1-5]s\\)"), () -> label + " in "
                + browser.execute("return document.getElementById('registerForm:sendCode').outerHTML"));
    }
}
