package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.it.pages.OrderPage;

/**
 * Finance refunds an order the reviewer rejected and the applicant abandoned: the refund dialog
 * (a reason is required), the order and payment marked refunded on both sides, the totals, and the
 * reconciliation and audit CSV exports.
 */
class RefundBrowserIT {

    @Test
    void aRejectedPaidOrderIsRefundedWithAReasonAndShowsInTheExports() throws Exception {
        try (Browser applicantBrowser = Browser.open("refund-applicant"); Browser financeBrowser = Browser.open("refund-finance")) {
            BrowserApplicant.signedInAndVerified(applicantBrowser, "孙退款");
            applicantBrowser.go("/third/seal/apply?type=1&appKey=" + PartnerEntryIT.TRADING_CENTRE + "&sealSort=1");
            String number = BrowserApplicant.submitPersonalOrder(applicantBrowser, "孙退款");
            BrowserApplicant.payInSandbox(applicantBrowser);

            FacesClient reviewer = Staff.create("REVIEWER").signedIn();
            reviewer.get("/staff/queue.xhtml");
            String tradingCentre = optionValue(reviewer, "queueForm:partner_input", "肇庆市公共资源交易中心");
            String otherPartner = optionValue(reviewer, "queueForm:partner_input", "已停用的示例平台");
            String today = ServiceZone.today().toString();
            String yesterday = ServiceZone.today().minusDays(1).toString();
            assertTrue(queue(reviewer, tradingCentre, today, today).contains(number), "partner and submission day match");
            assertFalse(queue(reviewer, otherPartner, today, today).contains(number), "another partner's orders only");
            assertFalse(queue(reviewer, tradingCentre, yesterday, yesterday).contains(number), "yesterday's only");

            reviewer.get("/staff/review.xhtml?number=" + number);
            reviewer.submit("decisionForm", "reject", Map.of("reasonText", "申请人来电放弃办理"));
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            assertEquals("已驳回", applicantBrowser.field("status").getText());

            Staff.create("FINANCE").signIn(financeBrowser);
            financeBrowser.go("/staff/finance.xhtml");
            financeBrowser.type("financeForm:orderNumber", number);
            financeBrowser.click("financeForm:search");
            financeBrowser.waitFor(d -> d.findElement(By.id("financeForm:payments")).getText().contains(number));
            financeBrowser.click("financeForm:payments:0:refund");
            financeBrowser.waitFor(d -> d.findElement(By.id("refundOrder")).getText().equals(number));
            financeBrowser.click("refundForm:confirmRefund");
            financeBrowser.waitForText("请填写退款原因");
            financeBrowser.type("refundForm:refundReason", "申请人放弃办理，全额退回");
            financeBrowser.screenshot("refund-dialog");
            financeBrowser.click("refundForm:confirmRefund");
            financeBrowser.waitForText("订单 " + number + " 退款已提交");
            String row = financeBrowser.field("financeForm:payments").getText();
            assertTrue(row.contains("已退款") && row.contains("申请人放弃办理，全额退回"), row);
            assertEquals("¥300.00", financeBrowser.field("refunded").getText(), "the filtered totals count the refund");
            assertEquals("¥0.00", financeBrowser.field("net").getText());
            assertTrue(financeBrowser.driver.findElements(By.id("financeForm:payments:0:refund")).isEmpty(),
                    "no second refund");
            financeBrowser.screenshot("refunded");

            OrderPage order = OrderPage.open(applicantBrowser, number);
            assertEquals("已退款", order.status());
            List<String> paymentRows = order.payments();
            assertEquals(1, paymentRows.size(), paymentRows.toString());
            assertTrue(paymentRows.get(0).contains("¥300.00 · 已退款 · 申请人放弃办理，全额退回"),
                    "the refund, with its amount, status and reason: " + paymentRows);
            order.assertTimeline("草稿", "待支付", "待审核", "已驳回", "已退款");
            applicantBrowser.screenshot("refunded-for-the-applicant");

            FacesClient finance = Staff.create("FINANCE").signedIn();
            finance.get("/staff/finance.xhtml");
            HttpResponse<String> payments = finance.post("financeForm", "exportCsv", Map.of("orderNumber", number));
            assertEquals(200, payments.statusCode());
            assertTrue(payments.headers().firstValue("Content-Disposition").orElse("").contains("payments-"),
                    payments.headers().map().toString());
            assertTrue(payments.body().startsWith("\uFEFF"), "a BOM, for Excel");
            assertTrue(payments.body().contains(number) && payments.body().contains("申请人放弃办理，全额退回"),
                    payments.body());

            FacesClient admin = Staff.create("ADMIN").signedIn();
            admin.get("/staff/audit.xhtml");
            HttpResponse<String> audit = admin.post("auditForm", "exportCsv", Map.of("subject", number));
            assertTrue(audit.body().contains("payment.refund") && audit.body().contains("order.reject")
                    && audit.body().contains("finance"), audit.body());
        }
    }

    private static String queue(FacesClient reviewer, String partnerId, String from, String to) {
        return reviewer.submit("queueForm", "search",
                Map.of("partner_input", partnerId, "from_input", from, "to_input", to)).text();
    }

    private static String optionValue(FacesClient client, String selectId, String label) {
        return client.page().getElementById(selectId).select("option").stream().filter(o -> o.text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + label)).val();
    }
}
