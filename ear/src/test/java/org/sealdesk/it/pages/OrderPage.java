package org.sealdesk.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sealdesk.it.Browser;

/** The applicant's order page (订单详情), read as its owner reads it: status, payments with refunds, the timeline. */
public final class OrderPage {

    /** A step of 办理进度: the status reached and when. */
    public record Step(String status, String time) {
    }

    private final Browser browser;

    private OrderPage(Browser browser) {
        this.browser = browser;
    }

    public static OrderPage open(Browser browser, String number) {
        browser.go("/account/order.xhtml?number=" + number);
        return shown(browser);
    }

    /** The order page the browser shows now. */
    public static OrderPage shown(Browser browser) {
        browser.waitForPath("/account/order.xhtml");
        return new OrderPage(browser);
    }

    public String status() {
        return browser.field("status").getText();
    }

    /** 接下来：what the applicant is told happens next, and when. */
    public String next() {
        return browser.field("next").getText();
    }

    /** The payments table's rows as text, one per payment attempt. */
    public List<String> payments() {
        return browser.driver.findElements(By.xpath("//*[@id='payments']//tbody/tr")).stream().map(WebElement::getText)
                .filter(row -> !row.isBlank()).toList();
    }

    public List<Step> timeline() {
        List<WebElement> statuses = browser.driver.findElements(By.cssSelector("#steps .sd-step-status"));
        List<WebElement> times = browser.driver.findElements(By.cssSelector("#steps .sd-step-time"));
        assertEquals(statuses.size(), times.size(), "every step has its time");
        return IntStream.range(0, statuses.size())
                .mapToObj(i -> new Step(statuses.get(i).getText(), times.get(i).getText())).toList();
    }

    /** The timeline shows exactly these statuses, in this order, each with its time to the second. */
    public void assertTimeline(String... statuses) {
        List<Step> steps = timeline();
        assertEquals(List.of(statuses), steps.stream().map(Step::status).toList(), "办理进度: " + steps);
        assertTrue(steps.stream().allMatch(step -> step.time().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")),
                steps.toString());
    }
}
