package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sealdesk.staff.Totp;

/**
 * Staff members for tests. Each test makes its own through the back office (人员管理), as an administrator
 * would, and the member enrols an authenticator at the first sign-in; so every member has TOTP steps of its
 * own and no sign-in waits for another's 30-second step. The administrator who creates them is the demo
 * account the server under test printed to its log, signed in once per test run (again when its session ends).
 */
final class Staff {

    static final String DEMO_PASSWORD = "Demo-staff-2026";
    private static final String PASSWORD = "Test-staff-2026";
    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    private static FacesClient administrator;

    private Staff() {
    }

    /**
     * 快递邮寄 by a new shipper: the produced order {@code number} posted with ukey {@code ukeySerial} and a new
     * waybill. @return the page's text after shipping
     */
    static String ship(String number, String ukeySerial) {
        FacesClient shipper = create("SHIPPER").signedIn();
        shipper.get("/staff/ship.xhtml?number=" + number);
        return shipper.submit("shipForm", "ship", Map.of("ukeySerial", ukeySerial, "waybill",
                "SF" + (1_000_000_000_000L + Math.floorMod(System.nanoTime(), 9_000_000_000_000L)))).text();
    }

    /** A member who signed in with a TOTP code, and can sign in again. */
    record Member(String username, String password, String secret) {

        /** Signed in over HTTP, on a new session. */
        FacesClient signedIn() {
            String code = Staff.nextCode(username, secret); // may wait for the next step: before the page, not between
            FacesClient client = FacesClient.forServer();
            client.get("/staff/login.xhtml");
            FacesClient.PartialResponse answer = client.submit("staffSignIn", "signIn",
                    Map.of("username", username, "password", password, "code", code));
            assertTrue(answer.redirected() && client.currentPath().equals("/staff/index.xhtml"),
                    username + " signs in: " + answer.text());
            return client;
        }

        /** Signs in with the sign-in page in a browser, as a person would. */
        void signIn(Browser browser) {
            String code = Staff.nextCode(username, secret);
            browser.go("/staff/login.xhtml");
            browser.type("staffSignIn:username", username);
            browser.type("staffSignIn:password", password);
            browser.type("staffSignIn:code", code);
            browser.click("staffSignIn:signIn");
            browser.waitForPath("/staff/index.xhtml");
        }

        /** A code from this member's authenticator for a step not used yet. */
        String nextCode() {
            return Staff.nextCode(username, secret);
        }
    }

    /** A new member with one role (ADMIN, REVIEWER, PRODUCER, SHIPPER, FINANCE), enrolled and ready to sign in. */
    static synchronized Member create(String role) {
        String username = role.toLowerCase() + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String created = administrator().submit("createForm", "create", Map.of("username", username,
                "displayName", "测试" + role, "password", PASSWORD, "roles", role)).text();
        assertTrue(created.contains("已新增工作人员 " + username), created);

        FacesClient member = FacesClient.forServer();
        member.get("/staff/login.xhtml");
        String enrolment = member.submit("staffSignIn", "signIn",
                Map.of("username", username, "password", PASSWORD, "code", "")).text();
        Matcher secret = Pattern.compile("手动输入密钥：\\s*([A-Z2-7]{32})").matcher(enrolment);
        assertTrue(secret.find(), "the first sign-in shows the secret to enrol: " + enrolment);
        Member enrolled = new Member(username, PASSWORD, secret.group(1));
        FacesClient.PartialResponse signedIn = member.submit("staffSignIn", "signIn", Map.of("username", username,
                "password", PASSWORD, "code", enrolled.nextCode()));
        assertTrue(signedIn.redirected(), "the first code completes the enrolment: " + signedIn.text());
        return enrolled;
    }

    /** The demo administrator, signed in; a new sign-in when the last session ended (a short idle timeout). */
    private static FacesClient administrator() {
        if (administrator != null) {
            administrator.get("/staff/users.xhtml");
            if (administrator.currentPath().equals("/staff/users.xhtml")) {
                return administrator;
            }
        }
        administrator = new Member("admin", DEMO_PASSWORD, demoSecret("admin")).signedIn();
        administrator.get("/staff/users.xhtml");
        return administrator;
    }

    /** The TOTP secret of a demo account, as the server under test printed it to its log. */
    static String demoSecret(String username) {
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

    /**
     * A code for the next unused step of a member: the server takes each step once, from the previous to the
     * next; the current and the next are used here (the previous one may pass while the code travels), so a
     * member signs in twice without waiting, and a third time waits for the clock.
     */
    private static synchronized String nextCode(String username, String secret) {
        long current = Totp.stepAt(Instant.now());
        long step = Math.max(LAST_STEP.getOrDefault(username, 0L) + 1, current);
        while (step > Totp.stepAt(Instant.now()) + Totp.WINDOW_STEPS) {
            sleepSeconds(1);
        }
        LAST_STEP.put(username, step);
        return Totp.codeAt(secret, Instant.ofEpochSecond(step * Totp.STEP.getSeconds()));
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
