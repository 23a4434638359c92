package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

/** An applicant driving the portal's pages over HTTP. */
final class Applicant {

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

    FacesClient.PartialResponse requestCode(String page, String form) {
        client.get(page);
        return client.submit(form, "sendCode", form + ":sendCode " + form + ":mobile", Map.of("mobile", mobile));
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
        return client.submit("passwordForm", "submit", Map.of("mobile", mobile, "password", password));
    }

    FacesClient.PartialResponse signInWithCode(String code) {
        return client.submit("smsForm", "submit", Map.of("mobile", mobile, "code", code));
    }

    void signOut() {
        client.get("/account/index.xhtml");
        client.submit("nav", "navSignOut", Map.of());
        assertEquals("/index.xhtml", client.currentPath());
    }
}
