package org.sealdesk.it;

import org.junit.jupiter.api.Test;

/**
 * The pages no journey test shows, each at a desk's and a phone's width and held to the accessibility rules
 * there (Browser.screenshot): the visitor's pages, the applicant's account pages, the back office by role.
 */
class PageAccessibilityBrowserIT {

    @Test
    void visitorAndApplicantPages() throws Exception {
        try (Browser browser = Browser.open("pages-applicant")) {
            for (String page : new String[] {"/index.xhtml", "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml",
                "/verify.xhtml", "/staff/login.xhtml"}) {
                look(browser, page);
            }
            // No connector runs beside this test: the ukey 助手 page says so and how to start one.
            browser.go("/connector.xhtml");
            browser.waitForText("未检测到 ukey 助手");
            browser.screenshotsAtWidths("connector-missing");
            BrowserApplicant.signedInAndVerified(browser, "蒋二六");
            for (String page : new String[] {"/account/index.xhtml", "/account/security.xhtml", "/account/orders.xhtml",
                "/account/seals.xhtml"}) {
                look(browser, page);
            }
        }
    }

    @Test
    void backOfficePages() throws Exception {
        try (Browser browser = Browser.open("pages-admin")) {
            Staff.create("ADMIN").signIn(browser);
            for (String page : new String[] {"/staff/index.xhtml", "/staff/users.xhtml", "/staff/prices.xhtml",
                "/staff/partners.xhtml", "/staff/audit.xhtml"}) {
                look(browser, page);
            }
        }
        try (Browser browser = Browser.open("pages-finance")) {
            Staff.create("FINANCE").signIn(browser);
            look(browser, "/staff/finance.xhtml");
        }
    }

    private static void look(Browser browser, String page) {
        browser.go(page);
        browser.screenshotsAtWidths(page.substring(1).replace('/', '-').replace(".xhtml", ""));
    }
}
