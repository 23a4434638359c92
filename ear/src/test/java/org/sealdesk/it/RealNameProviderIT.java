package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sealdesk.it.pages.ApplicationWizard;

/**
 * Manual 1.2.4 with a real-name provider: the WeChat Pay test server checks names and numbers — the applicant's, and
 * the person's an application names — with Alibaba Cloud ID Verification (faked on loopback by {@link FakeProviders}),
 * at most three failed checks per account and day.
 */
class RealNameProviderIT {

    @Test
    void aMismatchIsRefusedInChineseAndACorrectedRetryPasses() {
        String number = TestData.newIdCardNumber();
        FakeProviders.cloudauth().register(number, "张三");
        Applicant applicant = new Applicant(TestData.newMobile());
        applicant.register(TestData.PASSWORD);

        FacesClient.PartialResponse refused = check(applicant, "张三丰", number);
        assertFalse(refused.redirected());
        assertTrue(refused.text().contains("姓名与身份证号码不一致，请核对后重新提交。"), refused.text());
        FacesClient.PartialResponse unknown = check(applicant, "查无此人", number);
        assertTrue(unknown.text().contains("查无此身份证号码"), unknown.text());

        FacesClient.PartialResponse passed = check(applicant, "张三", number);
        assertTrue(passed.redirected(), passed.text());
        applicant.client.get("/account/index.xhtml");
        String account = applicant.client.page().text();
        assertTrue(account.contains("已实名") && account.contains("身份核验服务核对一致"), account);
    }

    @Test
    void failedChecksAreLimitedPerDayAndAnAuthorityThatIsDownIsNotCounted() {
        String number = TestData.newIdCardNumber();
        FakeProviders.cloudauth().register(number, "王五");
        Applicant applicant = new Applicant(TestData.newMobile());
        applicant.register(TestData.PASSWORD);

        for (int i = 0; i < 2; i++) {
            FacesClient.PartialResponse down = check(applicant, "权威源故障", number);
            assertTrue(down.text().contains("身份核验服务暂时不可用，请稍后再试。"), down.text());
        }
        for (int failed = 1; failed <= 3; failed++) {
            assertTrue(check(applicant, "李四", number).text().contains("不一致"), "failed check " + failed);
        }
        FacesClient.PartialResponse limited = check(applicant, "王五", number);
        assertFalse(limited.redirected());
        assertTrue(limited.text().contains("今日核验未通过已达 3 次，请明天再试。"), limited.text());
    }

    /** The person an application names is checked the same way at the first step, before anything is paid. */
    @Test
    void thePersonAnApplicationNamesIsCheckedBeforeTheOrderGoesOn() throws Exception {
        String number = TestData.newIdCardNumber();
        FakeProviders.cloudauth().register(number, "赵六");
        try (Browser browser = Browser.open("real-name-provider")) {
            BrowserApplicant.signedInAndVerified(browser, "钱七");
            BrowserApplicant.startApplication(browser, "startPersonal");
            ApplicationWizard wizard = ApplicationWizard.shown(browser).person("赵四", number, "13700137000",
                    Scans.image("id-front", "jpg"), Scans.image("id-back", "png"));
            browser.press("下一步");
            browser.waitForText("姓名与身份证号码不一致，请核对后重新提交。");
            browser.screenshot("named-person-mismatch");
            wizard.fill("法定代表人姓名", "赵六").next("下载印模采集表");
        }
    }

    private static FacesClient.PartialResponse check(Applicant applicant, String name, String number) {
        applicant.client.get("/account/real-name.xhtml");
        return applicant.client.submit("realNameForm", "submit", Map.of("realName", name, "idNumber", number));
    }
}
