package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An applicant driving the portal's pages over HTTP. */
final class Applicant {

    private static final Pattern WAIT = Pattern.compile("验证码发送过于频繁，请 (\\d+) 秒后再试");

    final FacesClient client = FacesClient.forServer();
    final String mobile;

    Applicant(String mobile) {
        this.mobile = mobile;
    }

    static Applicant registered() {
        Applicant applicant = new Applicant(TestData.newMobile());
        applicant.register(TestData.PASSWORD);
        applicant.signOut();
        return applicant;
    }

    /** Presses 获取验证码; if the page says to wait (the resend interval), waits as a person would and presses again. */
    FacesClient.PartialResponse requestCode(String page, String form) {
        client.get(page);
        FacesClient.PartialResponse answer = pressSendCode(form);
        Matcher wait = WAIT.matcher(answer.text());
        if (wait.find()) {
            sleepSeconds(Integer.parseInt(wait.group(1)));
            answer = pressSendCode(form);
        }
        return answer;
    }

    private FacesClient.PartialResponse pressSendCode(String form) {
        return client.submit(form, "sendCode", form + ":sendCode " + form + ":mobile", Map.of("mobile", mobile));
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void register(String password) {
        assertTrue(requestCode("/register.xhtml", "registerForm").text().contains("验证码已发送至"));
        FacesClient.PartialResponse done = client.submit("registerForm", "submit", Map.of("mobile", mobile,
                "code", Outbox.latestCode(mobile), "password", password, "passwordConfirm", password));
        assertTrue(done.redirected(), done.text());
        assertEquals("/account/index.xhtml", client.currentPath());
    }

    FacesClient.PartialResponse signInWithPassword(String password) {
        client.get("/login.xhtml");
        return client.submit("signInTabs:passwordForm", "submit", Map.of("mobile", mobile, "password", password));
    }

    FacesClient.PartialResponse signInWithCode(String code) {
        return client.submit("signInTabs:smsForm", "submit", Map.of("mobile", mobile, "code", code));
    }

    void signOut() {
        client.get("/account/index.xhtml");
        client.submit("nav", "navSignOut", Map.of());
        assertEquals("/index.xhtml", client.currentPath());
    }

    void verifyRealName(String name) {
        client.get("/account/real-name.xhtml");
        FacesClient.PartialResponse verified = client.submit("realNameForm", "submit",
                Map.of("realName", name, "idNumber", TestData.newIdCardNumber()));
        assertTrue(verified.redirected(), verified.text());
    }
}
