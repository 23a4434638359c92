package org.sealdesk.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its ChromeDriver; every step can keep a screenshot in
 * target/screenshots. Tests skip, with the reason, where Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final AxeRunOptions AXE_RULES = wcag21();

    public final WebDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;
    private int shot;

    private Browser(String journey) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("sealdesk-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // PrimeFaces re-renders and page loads replace nodes under a running check; look again.
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        screenshots = Path.of(System.getProperty("sealdesk.it.screenshots", "target/screenshots"), journey);
        Files.createDirectories(screenshots);
    }

    public static Browser open(String journey) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium not installed: apt-get install chromium chromium-driver (.ci/run does)");
        return new Browser(journey);
    }

    public void go(String path) {
        driver.get(IntegrationServer.url() + path);
        checkPageWhole();
    }

    public WebElement field(String id) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        checkPageWhole();
        return field;
    }

    /** An attribute of the visible element {@code id}, read again when an AJAX update replaced the element. */
    public String attribute(String id, String name) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> field(id).getAttribute(name));
    }

    /**
     * Every page this browser shows must be whole: answered with a status below 500 and rendered to its footer
     * (the order page once stopped half-way with a 200). Checked once per page, when a test first looks at it.
     */
    private void checkPageWhole() {
        Object state = ((JavascriptExecutor) driver).executeScript("""
                if (document.readyState !== 'complete' || window.sealdeskPageChecked) { return null; }
                window.sealdeskPageChecked = true;
                var navigation = performance.getEntriesByType('navigation')[0];
                return [navigation ? navigation.responseStatus : 0, document.querySelector('footer.sd-footer') !== null];""");
        if (state instanceof List<?> checked) {
            long status = ((Number) checked.get(0)).longValue();
            if (status >= 500 || !Boolean.TRUE.equals(checked.get(1))) {
                capture("not-whole");
                throw new AssertionError(driver.getCurrentUrl() + " is not whole: HTTP " + status
                        + (Boolean.TRUE.equals(checked.get(1)) ? "" : ", no footer") + "\n" + text());
            }
        }
    }

    public void type(String id, String text) {
        wait.until(d -> {
            WebElement input = d.findElement(By.id(id));
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getAttribute("value"));
        });
    }

    public void click(String id) {
        whenClickable(id, WebElement::click);
    }

    /** Presses the button {@code id} as a keyboard user does: Enter on it. */
    public void enter(String id) {
        whenClickable(id, button -> button.sendKeys(Keys.ENTER));
    }

    private void whenClickable(String id, Consumer<WebElement> action) {
        wait.until(d -> {
            WebElement target = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (target == null) {
                return false;
            }
            action.accept(target);
            return true;
        });
    }

    /** The keyboard focus comes to the element {@code id} (after an answer, where the page puts it). */
    public void assertFocusComesTo(String id, String why) {
        try {
            waitFor(d -> id.equals(execute("return document.activeElement.id")));
        } catch (TimeoutException stayed) {
            throw new AssertionError(why + ": the focus is on "
                    + execute("return document.activeElement.outerHTML.substring(0, 200)"), stayed);
        }
    }

    /**
     * The form field whose visible label reads {@code label} (without the required mark), as a person finds it;
     * for a file upload, its file input.
     */
    public WebElement labelled(String label) {
        WebElement field = wait.until(d -> {
            String id = d.findElement(By.xpath("//label[normalize-space(translate(., '*', ''))=" + literal(label) + "]"))
                    .getAttribute("for");
            List<WebElement> found = d.findElements(By.id(id));
            if (!found.isEmpty() && !"file".equals(found.get(0).getAttribute("type"))
                    && found.get(0).findElements(By.cssSelector("input[type=file]")).isEmpty()) {
                return found.get(0);
            }
            List<WebElement> files = d.findElements(By.xpath("//*[@id=" + literal(id) + "]/descendant-or-self::input[@type='file']"
                    + " | //input[@type='file' and @id=" + literal(id + "_input") + "]"));
            return files.isEmpty() ? null : files.get(0);
        });
        checkPageWhole();
        return field;
    }

    /** Types into the field labelled {@code label}, replacing what was there. */
    public void fill(String label, String text) {
        wait.until(d -> {
            WebElement input = labelled(label);
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getAttribute("value"));
        });
    }

    /** Chooses a file in the upload labelled {@code label}, which sends it at once. */
    public void attach(String label, Path file) {
        wait.until(d -> {
            labelled(label).sendKeys(file.toString());
            return true;
        });
    }

    /** Presses the visible button named {@code name}, as a screen reader names it. */
    public void press(String name) {
        wait.until(d -> {
            for (WebElement button : d.findElements(By.xpath("//button[normalize-space(.)=" + literal(name)
                    + " or @aria-label=" + literal(name) + "]"))) {
                if (button.isDisplayed() && button.isEnabled()) {
                    button.click();
                    return true;
                }
            }
            return false;
        });
    }

    /** Picks the visible radio button or checkbox whose label starts with {@code label}. */
    public void pick(String label) {
        wait.until(d -> {
            for (WebElement option : d.findElements(By.xpath("//label[starts-with(normalize-space(.), " + literal(label)
                    + ")]"))) {
                if (option.isDisplayed()) {
                    option.click();
                    return true;
                }
            }
            return false;
        });
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /**
     * Sorts a table by the column headed {@code header} until the header says {@code order}
     * ("ascending" or "descending"), one click at a time: each click waits for the re-rendered table.
     */
    public void sortBy(String header, String order) {
        By column = By.xpath("//th[.//span[text()='" + header + "']]");
        for (int clicks = 0; clicks < 3 && !order.equals(attribute(column, "aria-sort")); clicks++) {
            String before = attribute(column, "aria-sort");
            wait.until(d -> {
                d.findElement(column).click();
                return true;
            });
            wait.until(d -> !Objects.equals(before, d.findElement(column).getAttribute("aria-sort")));
        }
        if (!order.equals(attribute(column, "aria-sort"))) {
            throw new AssertionError("The column " + header + " does not sort " + order);
        }
    }

    private String attribute(By element, String name) {
        return wait.until(d -> Optional.ofNullable(d.findElement(element).getAttribute(name)).orElse(""));
    }

    /**
     * Chooses the {@code index}-th item of a p:selectOneMenu and waits until the menu shows it; the
     * panel's opening animation can swallow an early click, so the choice is repeated until it holds.
     */
    public void choose(String menuId, int index, String label) {
        wait.until(d -> {
            if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                return true;
            }
            d.findElement(By.id(menuId)).click();
            WebElement item = ExpectedConditions.elementToBeClickable(By.id(menuId + "_" + index)).apply(d);
            if (item != null) {
                item.click();
            }
            return label.equals(d.findElement(By.id(menuId + "_label")).getText());
        });
    }

    /** Chooses a file in the form's (PrimeFaces simple, auto) upload field, which sends it at once. */
    public void upload(String formId, Path file) {
        upload(formId, file, 0);
    }

    /** @param index which of the form's upload fields, in page order */
    public void upload(String formId, Path file, int index) {
        wait.until(d -> {
            d.findElements(By.cssSelector("form[id='" + formId + "'] input[type=file]")).get(index)
                    .sendKeys(file.toString());
            return true;
        });
    }

    /**
     * The next redirect a PrimeFaces AJAX answer asks for is not followed (as when the connection drops just
     * then): the page stays, and where it would have gone is returned by {@link #heldRedirect}.
     */
    public void holdNextRedirect() {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.ajax.ResponseProcessor.doRedirect = "
                + "function (node) { window.sealdeskHeldRedirect = node.getAttribute('url'); };");
    }

    public String heldRedirect() {
        return wait.until(d -> (String) ((JavascriptExecutor) d).executeScript("return window.sealdeskHeldRedirect || null;"));
    }

    /** Fetches a file with this browser's session, as its download link would. */
    public byte[] download(String path) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path)).header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Waits for the text; on a timeout keeps a screenshot and says what the page showed instead. */
    /** Runs {@code script} in the page, as a person's browser would on its own (storage, timers). */
    public Object execute(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    public void waitForText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
            checkPageWhole();
        } catch (TimeoutException e) {
            capture("timeout");
            throw new AssertionError("No \"" + text + "\" on " + driver.getCurrentUrl() + " within the wait; the page shows:\n"
                    + text(), e);
        }
    }

    public void waitFor(Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (TimeoutException e) {
            capture("timeout");
            throw new AssertionError("Waited in vain on " + driver.getCurrentUrl() + "; the page shows:\n" + text(), e);
        }
    }

    public void waitForPath(String path) {
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        checkPageWhole();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * A page state a person would look at: kept as a screenshot, and held to the accessibility rules
     * ({@link #assertAccessible}) where {@code sealdesk.it.axe} is on (the embedded-database suite), so every
     * state the tests show is checked.
     */
    public void screenshot(String name) {
        capture(name);
        if (Boolean.getBoolean("sealdesk.it.axe")) {
            assertAccessible(name);
        }
    }

    /** The whole page, not only the window, as Chromium's own capture takes it. */
    private void capture(String name) {
        try {
            Map<String, Object> shown = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            byte[] png = Base64.getDecoder().decode((String) shown.get("data"));
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++shot, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as it is now breaks none of axe-core's WCAG 2.1 A and AA rules gravely (critical or serious); what
     * it breaks is listed with where, and the page is kept as a screenshot.
     */
    private void assertAccessible(String state) {

        // Colours read mid-change are neither state's: a pressed button stays loading for PrimeFaces' least
        // animation time after the answer, then fades back.
        waitFor(d -> Boolean.TRUE.equals(execute("return !document.querySelector('.ui-state-loading')"
                + " && !document.getAnimations().some(a => a instanceof CSSTransition && a.playState === 'running')")));
        Results results = new AxeBuilder().withOptions(AXE_RULES).analyze(driver);
        List<Rule> grave = results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())).toList();
        if (!grave.isEmpty()) {
            capture(state + "-inaccessible");
            throw new AssertionError(driver.getCurrentUrl() + " (" + state + ") breaks accessibility rules:\n"
                    + grave.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
    }

    /** axe-core's WCAG 2.1 A and AA rules; only violations reported in full (the passes' nodes cost time). */
    private static AxeRunOptions wcag21() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + rule.getNodes().stream().limit(8)
                .map(node -> "\n    " + node.getTarget() + " " + Objects.toString(node.getFailureSummary(), "")
                        .replace('\n', ' '))
                .collect(Collectors.joining());
    }

    /**
     * Screenshots at a desk's width (1440 px) and a phone's (375 px), where the page must fit the window's width
     * (nothing to scroll sideways); the window is as it was afterwards.
     */
    public void screenshotsAtWidths(String name) {
        Dimension before = driver.manage().window().getSize();
        for (int width : new int[] {1440, 375}) {
            driver.manage().window().setSize(new Dimension(width, before.getHeight()));
            screenshot(name + "-" + width);
            try {
                waitFor(d -> Boolean.TRUE.equals(execute(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")));
            } catch (TimeoutException wider) {
                throw new AssertionError(name + " at " + width + " px is "
                        + execute("return document.documentElement.scrollWidth") + " px wide", wider);
            }
        }
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
