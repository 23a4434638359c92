package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partner entry links (manual 1.2.1): a registered partner's link starts an order that remembers it. */
class PartnerEntryIT {

    static final String TRADING_CENTRE = "16e1a4597ff74165a7d4fe525bd612d9";

    @Test
    void theTradingCentresLinkLeadsToAnOrderThatRecordsIt() {
        Applicant applicant = Applicant.registered();
        applicant.signInWithPassword(TestData.PASSWORD);
        applicant.verifyRealName("张三");
        HttpResponse<String> entry = applicant.client.get("/third/seal/apply?type=0&appKey=" + TRADING_CENTRE + "&sealSort=1");
        assertEquals(200, entry.statusCode());
        assertEquals("/index.xhtml", applicant.client.currentPath());
        assertTrue(applicant.client.page().text().contains("您正通过合作平台办理：肇庆市公共资源交易中心"),
                applicant.client.page().text());

        FacesClient.PartialResponse started = applicant.client.submit("startForm", "startEnterprise", Map.of());
        assertTrue(started.redirected(), started.text());
        assertEquals("/account/apply.xhtml", applicant.client.currentPath());
        String number = applicant.client.page().getElementById("orderNumber").text();
        applicant.client.get("/account/order.xhtml?number=" + number);
        assertTrue(applicant.client.page().text().contains("来源平台：肇庆市公共资源交易中心"), applicant.client.page().text());
    }

    @Test
    void unknownDisabledAndMalformedLinksGetAClearErrorPage() {
        FacesClient visitor = FacesClient.forServer();
        HttpResponse<String> unknown = visitor.get("/third/seal/apply?type=0&appKey=no-such-partner&sealSort=1");
        assertEquals(404, unknown.statusCode());
        assertTrue(visitor.page().text().contains("该合作平台未在本站登记"), visitor.page().text());

        HttpResponse<String> disabled = visitor.get("/third/seal/apply?type=1&appKey=demo-disabled-partner&sealSort=1");
        assertEquals(403, disabled.statusCode());
        assertTrue(visitor.page().text().contains("该合作平台已停用"));

        HttpResponse<String> malformed = visitor.get("/third/seal/apply?type=abc&appKey=" + TRADING_CENTRE);
        assertEquals(400, malformed.statusCode());
        assertTrue(visitor.page().text().contains("链接参数不完整或不正确"));
        assertTrue(!malformed.body().contains("Caused by") && !malformed.body().contains("\tat "), "no stack trace");
    }
}
