package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The administrator's price table and partner apps, checked where they take effect: the wizard and the entry link. */
class PriceAndPartnerAdministrationIT {

    @Test
    void aNewPriceLineIsOfferedInTheWizardAndRemovedAgain() throws Exception {
        try (Browser adminBrowser = Browser.open("prices-admin"); Browser applicantBrowser = Browser.open("prices-applicant")) {
            Staff.create("ADMIN").signIn(adminBrowser);
            adminBrowser.go("/staff/prices.xhtml");
            adminBrowser.waitForText("个人印章办理");
            String kinds = adminBrowser.field("priceForm:kind_input").getAttribute("textContent");
            assertTrue(kinds.contains("企业 ukey 更换") && kinds.contains("个人 ukey 更换") && kinds.contains("印章变更"),
                    "every priced kind: " + kinds);
            adminBrowser.choose("priceForm:kind", 2, "个人印章办理"); // items: 请选择, 企业公章办理, 个人印章办理, …
            adminBrowser.type("priceForm:years_input", "7");
            typeAmount(adminBrowser, "0");
            adminBrowser.click("priceForm:save");
            adminBrowser.waitForText("请输入大于 0 且不超过");
            assertEquals("7", adminBrowser.field("priceForm:years_input").getAttribute("value"), "the years are kept");
            assertTrue(adminBrowser.field("priceForm:kind_label").getText().contains("个人印章办理"), "the kind is kept");

            typeAmount(adminBrowser, "888");
            adminBrowser.click("priceForm:save");
            adminBrowser.waitForText("已保存：个人印章办理 7 年 ¥888.00");
            adminBrowser.screenshot("price-table");
            adminBrowser.go("/staff/partners.xhtml");
            adminBrowser.waitForText("/third/seal/apply?type=0&appKey=" + PartnerEntryIT.TRADING_CENTRE);
            adminBrowser.screenshot("partners");
            adminBrowser.click("nav:navLanguage");
            adminBrowser.waitForText("Register a partner");
            adminBrowser.screenshot("partners-en");

            BrowserApplicant.signedInAndVerified(applicantBrowser, "钱七年");
            BrowserApplicant.fillPersonalApplicant(applicantBrowser, "钱七年");
            applicantBrowser.waitForText("7 年 · ¥888.00");
        }

        FacesClient admin = Staff.create("ADMIN").signedIn();
        admin.get("/staff/prices.xhtml");
        String remove = admin.rowButton("pricesForm", "prices", "个人印章办理 7 年", "remove");
        String removed = admin.submit("pricesForm", remove, "pricesForm:" + remove, Map.of()).text();
        assertTrue(removed.contains("已删除：个人印章办理 7 年"), removed);
        assertFalse(removed.contains("¥888.00"), removed);
    }

    @Test
    void aRegisteredPartnersLinkAdmitsOnlyWhatItMaySendUntilDisabled() {
        String name = "测试平台" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        FacesClient admin = Staff.create("ADMIN").signedIn();
        admin.get("/staff/partners.xhtml");
        String noName = admin.submit("partnerForm", "save", Map.of("name", "", "types", "1", "sealSorts", "1")).text();
        assertTrue(noName.contains("请输入 2 至 100 个字的平台名称"), noName);
        String noType = admin.submit("partnerForm", "save", Map.of("name", name, "sealSorts", "1")).text();
        assertTrue(noType.contains("请至少选择一种可办理的印章"), noType);

        String registered = admin.submit("partnerForm", "save", Map.of("name", name, "types", "1", "sealSorts", "1"))
                .text();
        assertTrue(registered.contains("已登记合作平台 " + name) && registered.contains("此后不再显示"), registered);
        String appKey = registered.replaceAll("(?s).*" + name + " · appKey ([0-9a-f]{32}) · 密钥 ([0-9a-f]{48}).*", "$1");
        assertTrue(appKey.matches("[0-9a-f]{32}"), "the new appKey and secret are shown once: " + registered);
        assertTrue(registered.contains("/third/seal/apply?type=1&appKey=" + appKey + "&sealSort=1"), registered);

        Applicant applicant = Applicant.registered();
        applicant.signInWithPassword(TestData.PASSWORD);
        assertEquals(200, applicant.client.get("/third/seal/apply?type=1&appKey=" + appKey + "&sealSort=1").statusCode());
        assertTrue(applicant.client.page().text().contains("您正通过合作平台办理：" + name), applicant.client.page().text());
        assertEquals(403, applicant.client.get("/third/seal/apply?type=0&appKey=" + appKey + "&sealSort=1").statusCode());
        assertTrue(applicant.client.page().text().contains("该合作平台不能办理此类印章"));

        admin.get("/staff/partners.xhtml");
        String secretGone = admin.page().text();
        assertFalse(secretGone.contains("此后不再显示"), "the secret is not shown again");
        String toggle = admin.rowButton("partnersForm", "partners", name, "toggle");
        String disabled = admin.submit("partnersForm", toggle, "partnersForm:" + toggle, Map.of()).text();
        assertTrue(disabled.contains("已停用 " + name), disabled);
        assertEquals(403, applicant.client.get("/third/seal/apply?type=1&appKey=" + appKey + "&sealSort=1").statusCode());
        assertTrue(applicant.client.page().text().contains("该合作平台已停用"));

        admin.get("/staff/audit.xhtml");
        String audit = admin.submit("auditForm", "search", Map.of("subject", appKey)).text();
        assertTrue(audit.contains("partner.disable") && audit.contains("partner.register"), audit);
    }

    /** p:inputNumber formats what is typed (¥888.00), so the plain type-and-compare of Browser.type does not fit. */
    private static void typeAmount(Browser browser, String yuan) {
        WebElement amount = browser.field("priceForm:amount_input");
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        amount.sendKeys(yuan, Keys.TAB);
        browser.waitFor(d -> !d.findElement(By.id("priceForm:amount_input")).getAttribute("value").isEmpty());
    }
}
