package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sealdesk.staff.Totp;

/**
 * The demo staff accounts the server under test printed to its log, and their TOTP codes as an
 * authenticator app would show them. A code works once per account, so each sign-in here takes
 * the next unused time step within the server's window (waiting when all three are spent).
 */
final class Staff {

    static final String PASSWORD = "Demo-staff-2026";
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private Staff() {
    }

    static String secretOf(String username) {
        Path log = Path.of(System.getProperty("sealdesk.it.server-log"));
        try {
            Matcher line = Pattern.compile("Demo staff account: " + Pattern.quote(username)
                    + " / \\S+ \\[[A-Z, ]+] TOTP secret ([A-Z2-7]+)").matcher(Files.readString(log));
            String secret = null;
            while (line.find()) {
                secret = line.group(1);
            }
            assertTrue(secret != null, "the server log names the demo account " + username);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A code for the next unused step of {@code username}. */
    static synchronized String nextCode(String username) {
        long current = Totp.stepAt(Instant.now());
        long step = Math.max(LAST_STEP.getOrDefault(username, 0L) + 1, current - Totp.WINDOW_STEPS + 1);
        while (step > Totp.stepAt(Instant.now()) + Totp.WINDOW_STEPS - 1) {
            sleepSeconds(1);
        }
        LAST_STEP.put(username, step);
        return Totp.codeAt(secretOf(username), Instant.ofEpochSecond(step * Totp.STEP.getSeconds()));
    }

    /** A staff member signed in over HTTP. */
    static FacesClient signedIn(String username) {
        String code = nextCode(username); // may wait for the next step: before the page, not between
        FacesClient client = FacesClient.forServer();
        client.get("/staff/login.xhtml");
        FacesClient.PartialResponse answer = client.submit("staffSignIn", "signIn",
                Map.of("username", username, "password", PASSWORD, "code", code));
        assertTrue(answer.redirected() && client.currentPath().equals("/staff/index.xhtml"),
                username + " signs in: " + answer.text());
        return client;
    }

    static void signIn(Browser browser, String username) {
        String code = nextCode(username);
        browser.go("/staff/login.xhtml");
        browser.type("staffSignIn:username", username);
        browser.type("staffSignIn:password", PASSWORD);
        browser.type("staffSignIn:code", code);
        browser.click("staffSignIn:signIn");
        browser.waitForPath("/staff/index.xhtml");
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
