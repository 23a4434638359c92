package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sealdesk.it.pages.OrderPage;
import org.sealdesk.payment.wechat.FakeWechatPay;
import org.sealdesk.payment.wechat.WechatPayTestKeys;

/**
 * The payment rules through the real WeChat Pay v3 client, against a fake WeChat Pay on loopback
 * (the server under test is configured with its address and test keys).
 */
class WechatPaymentIT {

    private static WechatPayTestKeys keys;
    private static FakeWechatPay wechat;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        keys = WechatPayTestKeys.readFrom(Path.of(System.getProperty("sealdesk.it.wechat.keys")));
        // Configured with certificate and public key (moving between them), WeChat Pay signs with the public key.
        wechat = FakeWechatPay.start(keys, FakeWechatPay.Signing.PUBLIC_KEY, Integer.getInteger("sealdesk.it.wechat.fake-port"));
        browser = Browser.open("wechat-payment");
        BrowserApplicant.signedInAndVerified(browser, "陈大文");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (wechat != null) {
            wechat.close();
        }
    }

    @Test
    void aDoubleClickedPayButtonMakesOnePrepay() throws Exception {
        // The order is submitted but the pay page does not load yet, so no trade exists …
        String number = BrowserApplicant.submitPersonalOrder(browser, "陈大文", false);
        assertEquals(List.of(), wechat.tradeNumbersStartingWith(number), "no prepay before the pay page");
        // … then two first loads of the pay page are released at the same moment.
        CyclicBarrier together = new CyclicBarrier(2);
        List<String> pages = concurrently(2, () -> {
            together.await();
            return browserGet("/account/pay.xhtml?number=" + number);
        });
        assertEquals(List.of(number + "P01"), wechat.tradeNumbersStartingWith(number), "one prepay for the order");
        for (String page : pages) {
            Matcher shown = Pattern.compile(number + "P\\d\\d").matcher(page);
            assertTrue(shown.find(), "the pay page names its trade");
            assertEquals(number + "P01", shown.group(), "both pages show the one trade");
        }
        assertEquals(30000, wechat.trade(number + "P01").amountFen);
    }

    @Test
    @ExpectedServerLog({"WeChat Pay .* answered 4\\d\\d"})
    void aNotificationPaysTheOrderOnceAndForgeriesAndWrongAmountsAreRefused() throws Exception {
        String number = BrowserApplicant.submitPersonalOrder(browser, "陈大文");
        browser.waitForText("请使用微信“扫一扫”完成支付");
        String trade = number + "P01";
        assertEquals(404, FacesClient.forServer().get("/sandbox/pay.xhtml?trade=" + trade).statusCode(),
                "no sandbox beside a real gateway");

        FakeWechatPay.Notification wrongAmount = wechat.notification(trade, 1);
        assertEquals(401, wechat.send(trade, wechat.forged(wrongAmount)));
        assertEquals(400, wechat.send(trade, wrongAmount), "one fen instead of ¥300.00");
        waitForServerLog("REFUSED from 127.0.0.1: payment.signature.invalid");
        waitForServerLog("REFUSED from 127.0.0.1: payment.amountMismatch[" + trade);
        assertEquals("待支付", OrderPage.open(browser, number).status());

        wechat.paySilently(trade);
        FakeWechatPay.Notification genuine = wechat.notification(trade, 30000);
        // WeChat Pay repeats notifications; fifty at once move the order once.
        List<Integer> replies = concurrently(50, () -> wechat.send(trade, genuine));
        assertTrue(replies.stream().allMatch(status -> status == 204), replies.toString());
        OrderPage order = OrderPage.open(browser, number);
        assertEquals("待审核", order.status());
        List<String> payments = order.payments();
        assertEquals(1, payments.size(), payments.toString());
        assertTrue(payments.get(0).contains("微信支付") && payments.get(0).contains("¥300.00")
                && payments.get(0).contains("已支付"), payments.toString());
        order.assertTimeline("草稿", "待支付", "待审核");
        browser.screenshot("paid-once");
    }

    @Test
    void aLostNotificationIsMadeGoodByReconciliation() throws Exception {
        String number = BrowserApplicant.submitPersonalOrder(browser, "陈大文");
        browser.waitForText("请使用微信“扫一扫”完成支付");
        browser.screenshot("pay-page");
        wechat.paySilently(number + "P01");
        // No notification: the server's reconciliation queries WeChat Pay and the pay page moves on.
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/account/order.xhtml"));
        OrderPage order = OrderPage.shown(browser);
        assertEquals("待审核", order.status());
        order.assertTimeline("草稿", "待支付", "待审核");
        assertTrue(wechat.requests().contains("GET /v3/pay/transactions/out-trade-no/" + number + "P01?mchid=1900000109"));
    }

    /** A page loaded with the browser's cookies, as another tab of it would: its HTML, which must be a 200. */
    private static String browserGet(String path) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path)).header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    private static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Audit records also go to the server log, which the test can read. */
    private static void waitForServerLog(String text) throws Exception {
        Path log = Path.of(System.getProperty("sealdesk.it.server-log"));
        Instant until = Instant.now().plusSeconds(10);
        while (!Files.readString(log).contains(text)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not in the server log: " + text);
            }
            Thread.sleep(200);
        }
    }
}
