package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application wizard over HTTP, where a browser adds nothing: what it keeps, and for how long. */
class ApplicationWizardIT {

    @Test
    void aStepLeftOpenInOneTabStillPostsAfterManyPagesInOthers() {
        Applicant applicant = Applicant.registered();
        applicant.signInWithPassword(TestData.PASSWORD);
        applicant.verifyRealName("陈晓东");
        FacesClient wizard = applicant.client;
        wizard.get("/index.xhtml");
        HttpResponse<String> started = wizard.post("startForm", "startPersonal", Map.of());
        String number = started.uri().getQuery().replaceAll(".*order=([A-Z0-9]+).*", "$1");
        wizard.get("/account/apply.xhtml?order=" + number);
        assertTrue(wizard.page().text().contains(number), wizard.page().text());

        FacesClient otherTab = wizard.newTab();
        for (int page = 0; page < 80; page++) { // four times what used to expire the wizard's page
            otherTab.get(page % 2 == 0 ? "/account/orders.xhtml" : "/account/order.xhtml?number=" + number);
        }

        FacesClient.PartialResponse next = wizard.submit("applyForm", "next",
                Map.of("realName", "陈晓东", "idNumber", TestData.newIdCardNumber(), "mobile", "13700137000"));
        assertFalse(next.text().contains("页面已过期"), next.text());
        assertTrue(next.text().contains("请上传法定代表人身份证正面"), "the step was processed: " + next.text());
        wizard.get("/account/apply.xhtml?order=" + number);
        assertEquals("陈晓东", wizard.page().getElementById("applyForm:realName").val(), "and saved");
    }
}
