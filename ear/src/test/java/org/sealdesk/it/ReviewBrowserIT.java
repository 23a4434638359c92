package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sealdesk.it.pages.OrderPage;

/**
 * Manual 1.2.7 订单审核, both sides: a reviewer signs in with TOTP, finds the paid order in the
 * queue, views a scan and rejects it; the applicant reads the reason (page and SMS), corrects and
 * resubmits without paying again; two reviewers then approve at the same moment and only one decision counts.
 */
class ReviewBrowserIT {

    @Test
    void rejectedOrderIsCorrectedResubmittedAndApprovedWithoutASecondPayment() throws Exception {
        try (Browser applicantBrowser = Browser.open("review-applicant");
                Browser reviewerBrowser = Browser.open("review-reviewer")) {
            BrowserApplicant applicant = BrowserApplicant.signedInAndVerified(applicantBrowser, "周晓明");
            String number = BrowserApplicant.submitPersonalOrder(applicantBrowser, "周晓明");
            Staff.create("REVIEWER").signIn(reviewerBrowser);
            int awaitingBefore = Integer.parseInt(reviewerBrowser.field("awaitingReview").getText().strip());
            BrowserApplicant.payInSandbox(applicantBrowser);
            OrderPage paid = OrderPage.shown(applicantBrowser);
            assertEquals("待审核", paid.status());
            assertTrue(paid.next().startsWith("接下来：平台业务人员正在审核"), paid.next());

            reviewerBrowser.go("/staff/index.xhtml");
            assertEquals(awaitingBefore + 1, Integer.parseInt(reviewerBrowser.field("awaitingReview").getText().strip()),
                    "the dashboard counts the paid order as awaiting review");
            reviewerBrowser.screenshot("dashboard");
            reviewerBrowser.go("/staff/queue.xhtml");
            reviewerBrowser.choose("queueForm:kind", 2, "个人印章办理"); // items: 全部, 企业公章办理, 个人印章办理, …
            reviewerBrowser.click("queueForm:search");
            reviewerBrowser.waitForText("个人印章办理");
            // Newest submission first: sort the submission-time column descending.
            reviewerBrowser.sortBy("提交时间", "descending");
            By firstRowOfQueue = By.cssSelector("#queueForm\\:orders tbody tr");
            reviewerBrowser.waitFor(d -> d.findElement(firstRowOfQueue).getText().contains(number));
            String firstRow = reviewerBrowser.driver.findElement(firstRowOfQueue).getText();
            assertTrue(firstRow.contains(number) && firstRow.contains("个人印章办理") && !firstRow.contains("企业"),
                    firstRow);
            reviewerBrowser.screenshot("queue");

            reviewerBrowser.driver.findElement(By.linkText(number)).click();
            reviewerBrowser.waitForPath("/staff/review.xhtml");
            reviewerBrowser.waitForText("身份证号校验位正确");
            assertTrue(reviewerBrowser.text().contains("申请人姓名 周晓明 与实名认证姓名一致"), reviewerBrowser.text());
            // The first scan (ID card front, a JPEG) is shown in the viewer, served by the audited file servlet.
            reviewerBrowser.waitFor(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "var i = document.getElementById('scanImage'); return i && i.complete ? i.naturalWidth : 0;"))
                    .intValue() > 0);
            reviewerBrowser.click("scanForm:rotate");
            reviewerBrowser.click("scanForm:zoomIn");
            assertTrue(reviewerBrowser.field("scanImage").getAttribute("style").contains("rotate(90deg)"));
            reviewerBrowser.screenshot("review");

            reviewerBrowser.driver.findElement(By.cssSelector("label[for='decisionForm:reasons:1']")).click();
            reviewerBrowser.type("decisionForm:reasonText", "请上传清晰的身份证正面照片");
            reviewerBrowser.click("decisionForm:reject");
            reviewerBrowser.waitForPath("/staff/queue.xhtml");
            reviewerBrowser.waitForText("已驳回，已短信通知申请人");

            // The applicant: the reason on the order page and by SMS.
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            assertEquals("已驳回", applicantBrowser.field("status").getText());
            String reason = applicantBrowser.field("rejection").getText();
            assertTrue(reason.contains("法定代表人身份证扫描件不清晰或不完整") && reason.contains("请上传清晰的身份证正面照片"),
                    reason);
            applicantBrowser.go("/demo/outbox.xhtml");
            assertTrue(applicantBrowser.text().contains(applicant.mobile) && applicantBrowser.text()
                    .contains("您的订单" + number + "未通过审核"), "the rejection SMS");
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            applicantBrowser.click("correct");
            applicantBrowser.waitForPath("/account/apply.xhtml");
            applicantBrowser.waitForText("请上传清晰的身份证正面照片");
            applicantBrowser.upload("applyForm", Scans.image("id-front-clear", "jpg"), 0);
            applicantBrowser.waitForText("已上传：id-front-clear.jpg");
            applicantBrowser.click("applyForm:next");
            applicantBrowser.waitForText("下载印模采集表");
            applicantBrowser.click("validityForm:next");
            applicantBrowser.waitForText("收件人");
            applicantBrowser.click("mailingForm:next");
            applicantBrowser.waitForText("无需再次付款");
            applicantBrowser.screenshot("resubmit");
            applicantBrowser.click("confirmForm:submit");
            applicantBrowser.waitForPath("/account/order.xhtml");
            assertEquals("待审核", applicantBrowser.field("status").getText());

            // Two reviewers open the resubmitted order and decide at the same moment: one decision counts.
            FacesClient first = Staff.create("REVIEWER").signedIn();
            FacesClient second = Staff.create("REVIEWER").signedIn();
            first.get("/staff/review.xhtml?number=" + number);
            second.get("/staff/review.xhtml?number=" + number);
            assertTrue(first.page().text().contains("重新提交"), "marked as resubmitted");
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<FacesClient.PartialResponse> approve = CompletableFuture.supplyAsync(() -> {
                await(start);
                return first.submit("decisionForm", "approve", "decisionForm:approve", Map.of());
            });
            CompletableFuture<FacesClient.PartialResponse> alsoApprove = CompletableFuture.supplyAsync(() -> {
                await(start);
                return second.submit("decisionForm", "approve", "decisionForm:approve", Map.of());
            });
            start.countDown();
            List<FacesClient.PartialResponse> decisions = List.of(approve.get(), alsoApprove.get());
            long decided = decisions.stream().filter(FacesClient.PartialResponse::redirected).count();
            long refused = decisions.stream().filter(d -> d.text().contains("已由其他审核员处理")).count();
            assertEquals(1, decided, "exactly one decision counts: " + decisions);
            assertEquals(1, refused, "the other reviewer is told: " + decisions);

            // The applicant, signed out, follows a link to the order (as the SMS would give it) and lands on it.
            applicantBrowser.click("nav:navSignOut");
            applicantBrowser.waitForPath("/index.xhtml");
            applicantBrowser.go("/account/order.xhtml?number=" + number);
            applicantBrowser.waitForPath("/login.xhtml");
            applicantBrowser.type("signInTabs:passwordForm:mobile", applicant.mobile);
            applicantBrowser.type("signInTabs:passwordForm:password", TestData.PASSWORD);
            applicantBrowser.click("signInTabs:passwordForm:submit");
            OrderPage order = OrderPage.shown(applicantBrowser);
            assertTrue(applicantBrowser.driver.getCurrentUrl().endsWith("/account/order.xhtml?number=" + number),
                    applicantBrowser.driver.getCurrentUrl());
            assertEquals("待制作", order.status());
            assertEquals(1, order.payments().size(), "still the one payment: " + order.payments());
            order.assertTimeline("草稿", "待支付", "待审核", "已驳回", "待审核", "待制作");
            applicantBrowser.screenshot("decided");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
