package org.sealdesk.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WindowType;

/** A registered, real-name-verified applicant signed in in a browser, the start of every application test. */
final class BrowserApplicant {

    final String mobile = TestData.newMobile();

    static BrowserApplicant signedInAndVerified(Browser browser, String name) {
        BrowserApplicant applicant = new BrowserApplicant();
        browser.go("/register.xhtml");
        browser.type("registerForm:mobile", applicant.mobile);
        browser.click("registerForm:sendCode");
        browser.waitForText("验证码已发送至");
        String page = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.go("/demo/outbox.xhtml");
        Matcher code = Pattern.compile(applicant.mobile + "\\s+【[^】]+】您的验证码为(\\d{6})").matcher(browser.text());
        if (!code.find()) {
            throw new AssertionError("No code in the outbox for " + applicant.mobile);
        }
        browser.driver.close();
        browser.driver.switchTo().window(page);
        browser.type("registerForm:code", code.group(1));
        browser.type("registerForm:password", TestData.PASSWORD);
        browser.type("registerForm:passwordConfirm", TestData.PASSWORD);
        browser.click("registerForm:submit");
        browser.waitForPath("/account/index.xhtml");
        browser.go("/account/real-name.xhtml");
        browser.type("realNameForm:realName", name);
        browser.type("realNameForm:idNumber", TestData.newIdCardNumber());
        browser.click("realNameForm:submit");
        browser.waitForText("已实名");
        return applicant;
    }

    /** Presses a home-page start button (startEnterprise, startPersonal). @return the new order's number */
    static String startApplication(Browser browser, String button) {
        browser.go("/index.xhtml");
        browser.click("startForm:" + button);
        browser.waitForPath("/account/apply.xhtml");
        return browser.field("orderNumber").getText();
    }

    /** The wizard's mailing step, in Zhaoqing. */
    static void fillMailing(Browser browser, String recipient, String mobile, String district, String street) {
        browser.type("mailingForm:recipient", recipient);
        browser.type("mailingForm:mobile", mobile);
        browser.type("mailingForm:province", "广东省");
        browser.type("mailingForm:city", "肇庆市");
        browser.type("mailingForm:district", district);
        browser.type("mailingForm:street", street);
    }
}
