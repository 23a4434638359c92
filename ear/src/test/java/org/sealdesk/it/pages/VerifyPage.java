package org.sealdesk.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.sealdesk.it.Browser;

/** 验证 (public), used as a visitor uses it: a file chosen, 验证 pressed, the result read. */
public final class VerifyPage {

    private VerifyPage() {
    }

    /** What 验证 shows for {@code file}. */
    public static String verified(Browser browser, Path file) {
        browser.go("/verify.xhtml");
        browser.driver.findElement(By.id("verifyFile")).sendKeys(file.toString());
        browser.click("verifyButton");
        browser.waitFor(driver -> driver.findElement(By.id("verifyResult")).isDisplayed());
        return browser.driver.findElement(By.id("verifyResult")).getText();
    }
}
