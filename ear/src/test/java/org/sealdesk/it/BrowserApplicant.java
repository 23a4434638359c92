package org.sealdesk.it;

import java.io.IOException;
import org.openqa.selenium.WindowType;
import org.sealdesk.it.pages.ApplicationWizard;

/** A registered, real-name-verified applicant signed in in a browser, the start of every application test. */
final class BrowserApplicant {

    final String mobile = TestData.newMobile();

    static BrowserApplicant signedInAndVerified(Browser browser, String name) {
        BrowserApplicant applicant = new BrowserApplicant();
        browser.go("/register.xhtml");
        browser.type("registerForm:mobile", applicant.mobile);
        browser.click("registerForm:sendCode");
        browser.waitForText("验证码已发送至");
        browser.type("registerForm:code", Outbox.latestCode(applicant.mobile));
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

    /** Starts a personal-seal order and fills its first step; ends on the validity step. @return its number */
    static String fillPersonalApplicant(Browser browser, String name) throws IOException {
        String number = startApplication(browser, "startPersonal");
        ApplicationWizard.shown(browser).person(name, TestData.newIdCardNumber(), "13700137000",
                Scans.image("id-front", "jpg"), Scans.image("id-back", "png")).next("下载印模采集表");
        return number;
    }

    /** A personal-seal order for one year, submitted straight through; ends on its pay page. @return its number */
    static String submitPersonalOrder(Browser browser, String name) throws IOException {
        return submitPersonalOrder(browser, name, true);
    }

    /** @param toThePayPage whether to go on to the pay page that submitting leads to, or stay on the wizard */
    static String submitPersonalOrder(Browser browser, String name, boolean toThePayPage) throws IOException {
        String number = fillPersonalApplicant(browser, name);
        ApplicationWizard wizard = ApplicationWizard.shown(browser).years(1, Scans.pdf("impression-form")).next("收件人")
                .mailTo(name, "13700137000", "端州区", "星湖大道 1 号").next("应付金额");
        if (!toThePayPage) {
            browser.holdNextRedirect();
        }
        wizard.submit();
        if (toThePayPage) {
            browser.waitForPath("/account/pay.xhtml");
        } else if (!browser.heldRedirect().contains("/account/pay.xhtml")) {
            throw new AssertionError("Submitting led to " + browser.heldRedirect());
        }
        return number;
    }

    /** From the pay page: pays the order in the sandbox (another tab) and waits until the order page shows it paid. */
    static void payInSandbox(Browser browser) {
        browser.waitForText("扫码支付");
        String payTab = browser.driver.getWindowHandle();
        String sandboxUrl = browser.attribute("payForm:sandboxLink", "href");
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.driver.get(sandboxUrl);
        browser.click("sandboxForm:pay");
        browser.waitForText("支付成功");
        browser.driver.close();
        browser.driver.switchTo().window(payTab);
        browser.waitForPath("/account/order.xhtml");
    }
}
