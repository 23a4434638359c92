package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration, both sign-in tabs, code and lockout rules, password reset and real name, on the deployed EAR. */
class AccountJourneyIT {

    @Test
    void registersAndSignsInWithPasswordOnANewSession() {
        Applicant applicant = Applicant.registered();
        String before = applicant.client.sessionId();
        FacesClient.PartialResponse signedIn = applicant.signInWithPassword(TestData.PASSWORD);
        assertTrue(signedIn.redirected(), signedIn.text());
        assertEquals("/account/index.xhtml", applicant.client.currentPath());
        assertTrue(applicant.client.page().text().contains(applicant.mobile.substring(0, 3) + "****"));
        assertTrue(applicant.client.page().text().contains("未实名"));
        assertNotEquals(before, applicant.client.sessionId(), "a new session id at sign-in");
    }

    @Test
    void signsInWithAnSmsCode() {
        Applicant applicant = Applicant.registered();
        assertTrue(applicant.requestCode("/login.xhtml", "signInTabs:smsForm").text().contains("验证码已发送至"));
        FacesClient.PartialResponse signedIn = applicant.signInWithCode(Outbox.latestCode(applicant.mobile));
        assertTrue(signedIn.redirected(), signedIn.text());
        assertEquals("/account/index.xhtml", applicant.client.currentPath());
    }

    @Test
    void aWrongCodeCountsDownThenTheCodeIsSpent() {
        Applicant applicant = Applicant.registered();
        applicant.requestCode("/login.xhtml", "signInTabs:smsForm");
        String right = Outbox.latestCode(applicant.mobile);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            FacesClient.PartialResponse refused = applicant.signInWithCode(wrong);
            assertFalse(refused.redirected());
            assertTrue(refused.text().contains("验证码错误，还可尝试 " + left + " 次"), refused.text());
        }
        assertTrue(applicant.signInWithCode(wrong).text().contains("验证码错误次数过多，请重新获取"));
        assertTrue(applicant.signInWithCode(right).text().contains("验证码错误次数过多，请重新获取"));
    }

    @Test
    void aSecondCodeWithinTheResendIntervalIsRefused() {
        Applicant applicant = Applicant.registered();
        applicant.requestCode("/login.xhtml", "signInTabs:smsForm");
        FacesClient.PartialResponse again = applicant.client.submit("signInTabs:smsForm", "sendCode", "signInTabs:smsForm:sendCode signInTabs:smsForm:mobile",
                Map.of("mobile", applicant.mobile));
        assertTrue(again.text().contains("验证码发送过于频繁"), again.text());
    }

    @Test
    void tenWrongPasswordsLockTheAccount() {
        Applicant applicant = Applicant.registered();
        for (int left = 9; left >= 1; left--) {
            assertTrue(applicant.signInWithPassword("Wrong0000").text().contains("再错 " + left + " 次"));
        }
        assertTrue(applicant.signInWithPassword("Wrong0000").text().contains("账户已锁定"));
        FacesClient.PartialResponse rightButLocked = applicant.signInWithPassword(TestData.PASSWORD);
        assertFalse(rightButLocked.redirected());
        assertTrue(rightButLocked.text().contains("账户已锁定"), rightButLocked.text());
    }

    @Test
    void passwordsTriedOnOneNumberAreLimitedBeforeAnyHashIsComputed() {
        Applicant stranger = new Applicant(TestData.newMobile()); // no account: no lock to stop the attempts
        for (int attempt = 1; attempt <= 20; attempt++) {
            String refused = stranger.signInWithPassword("Guess" + attempt + "x").text();
            assertTrue(refused.contains("手机号码或密码错误"), attempt + ": " + refused);
        }
        String throttled = stranger.signInWithPassword("Guess21x").text();
        assertTrue(throttled.contains("登录尝试过于频繁，请于") && throttled.contains("后再试"), throttled);
    }

    @Test
    void aPasswordResetReplacesThePasswordAndLiftsALock() {
        Applicant applicant = Applicant.registered();
        for (int i = 0; i < 10; i++) {
            applicant.signInWithPassword("Wrong0000");
        }
        applicant.requestCode("/forgot-password.xhtml", "resetForm");
        FacesClient.PartialResponse reset = applicant.client.submit("resetForm", "submit", Map.of("mobile", applicant.mobile,
                "code", Outbox.latestCode(applicant.mobile), "password", "NewSeal2027", "passwordConfirm", "NewSeal2027"));
        assertTrue(reset.redirected(), reset.text());
        assertTrue(applicant.client.page().text().contains("密码已重设"));
        assertFalse(applicant.signInWithPassword(TestData.PASSWORD).redirected());
        assertTrue(applicant.signInWithPassword("NewSeal2027").redirected());
    }

    @Test
    void registrationRefusesBadInputAndKeepsWhatWasTyped() {
        Applicant applicant = new Applicant(TestData.newMobile());
        applicant.requestCode("/register.xhtml", "registerForm");
        FacesClient.PartialResponse weak = applicant.client.submit("registerForm", "submit", Map.of("mobile", applicant.mobile,
                "code", Outbox.latestCode(applicant.mobile), "password", "password", "passwordConfirm", "password"));
        assertTrue(weak.text().contains("密码长度须为 8–32 位"), weak.text());
        FacesClient.PartialResponse badMobile = applicant.client.submit("registerForm", "submit", Map.of("mobile", "12345",
                "code", "123456", "password", "Seal2026desk", "passwordConfirm", "Seal2026desk"));
        assertTrue(badMobile.text().contains("请输入正确的 11 位手机号码"), badMobile.text());
        FacesClient.PartialResponse taken = Applicant.registered().requestCode("/register.xhtml", "registerForm");
        assertTrue(taken.text().contains("该手机号码已注册"), taken.text());
    }

    @Test
    void realNameIsCheckedEncryptedAndShownMasked() {
        Applicant applicant = Applicant.registered();
        applicant.signInWithPassword(TestData.PASSWORD);
        applicant.client.get("/account/real-name.xhtml");
        String idNumber = TestData.newIdCardNumber();
        String wrongCheckDigit = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
        FacesClient.PartialResponse refused = applicant.client.submit("realNameForm", "submit",
                Map.of("realName", "张三", "idNumber", wrongCheckDigit));
        assertTrue(refused.text().contains("身份证号码不正确"), refused.text());
        FacesClient.PartialResponse verified = applicant.client.submit("realNameForm", "submit",
                Map.of("realName", "张三", "idNumber", idNumber));
        assertTrue(verified.redirected(), verified.text());
        String page = applicant.client.page().text();
        assertTrue(page.contains("已实名") && page.contains("张三"), page);
        assertTrue(page.contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14)), page);
        assertFalse(page.contains(idNumber), "never the whole number");
    }

    @Test
    void accountPagesNeedASignedInApplicant() {
        FacesClient stranger = FacesClient.forServer();
        stranger.get("/account/real-name.xhtml");
        assertEquals("/login.xhtml", stranger.currentPath());
        assertTrue(stranger.page().text().contains("密码登录") && stranger.page().text().contains("验证码登录"));
    }

    @Test
    void signingOutEndsTheSession() {
        Applicant applicant = Applicant.registered();
        applicant.signInWithPassword(TestData.PASSWORD);
        applicant.signOut();
        applicant.client.get("/account/index.xhtml");
        assertEquals("/login.xhtml", applicant.client.currentPath());
    }

    @Test
    void aSignInEndsWithItsSessionAndNoOtherCookieSignsIn() {
        Applicant applicant = Applicant.registered();
        applicant.signInWithPassword(TestData.PASSWORD);
        assertEquals("/account/index.xhtml", applicant.client.currentPath());
        assertFalse(applicant.client.hasCookie("LtpaToken2"), "no single-sign-on cookie that outlives the session");
        applicant.client.expireSession();
        applicant.client.get("/account/index.xhtml");
        assertEquals("/login.xhtml", applicant.client.currentPath());
        assertTrue(applicant.client.page().text().contains("登录已过期，请重新登录。"), applicant.client.page().text());
    }

    @Test
    void anEndedSessionElsewhereLeavesThisOneSignedIn() {
        Applicant here = Applicant.registered();
        here.signInWithPassword(TestData.PASSWORD);
        Applicant elsewhere = new Applicant(here.mobile);
        elsewhere.signInWithPassword(TestData.PASSWORD);
        elsewhere.client.expireSession();
        elsewhere.client.get("/account/index.xhtml");
        assertEquals("/login.xhtml", elsewhere.client.currentPath());
        here.client.get("/account/index.xhtml");
        assertEquals("/account/index.xhtml", here.client.currentPath(), "still signed in here");
    }

    @Test
    void aLinkFollowedSignedOutLeadsThereAfterSigningIn() {
        Applicant applicant = Applicant.registered();
        applicant.client.get("/account/real-name.xhtml?from=sms&step=2");
        assertEquals("/login.xhtml", applicant.client.currentPath());
        FacesClient.PartialResponse signedIn = applicant.client.submit("signInTabs:passwordForm", "submit",
                Map.of("mobile", applicant.mobile, "password", TestData.PASSWORD));
        assertTrue(signedIn.redirected(), signedIn.text());
        assertEquals("/account/real-name.xhtml?from=sms&step=2", applicant.client.currentAddress());
    }

    @Test
    void aCraftedNextLeadsToTheAccountPageAndNowhereElse() {
        for (String next : List.of("/index.xhtml?x=.xhtml", "//evil.example/a.xhtml", "https://evil.example/a.xhtml",
                "/account/../staff/index.xhtml", "javascript:alert(1)//.xhtml")) {
            Applicant applicant = Applicant.registered();
            applicant.client.get("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            FacesClient.PartialResponse signedIn = applicant.client.submit("signInTabs:passwordForm", "submit",
                    Map.of("mobile", applicant.mobile, "password", TestData.PASSWORD));
            assertTrue(signedIn.redirected(), next + ": " + signedIn.text());
            String landed = applicant.client.currentAddress();
            assertTrue(landed.equals("/account/index.xhtml") || landed.equals("/index.xhtml?x=.xhtml"), next + " → " + landed);
        }
    }

    @Test
    void everyPageCarriesSecurityHeadersAndASignInAHardenedSessionCookie() {
        Applicant applicant = Applicant.registered();
        FacesClient visitor = FacesClient.forServer();
        for (String page : List.of("/", "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml", "/staff/login.xhtml",
                "/demo/outbox.xhtml", "/no-such-page.xhtml", "/favicon.ico")) {
            assertSecurityHeaders(page, visitor.get(page));
        }
        applicant.signInWithPassword(TestData.PASSWORD);
        for (String page : List.of("/account/index.xhtml", "/account/orders.xhtml", "/account/real-name.xhtml")) {
            assertSecurityHeaders(page, applicant.client.get(page));
        }
        String cookie = applicant.client.cookiesSet().stream().filter(c -> c.startsWith("JSESSIONID")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no session cookie: " + applicant.client.cookiesSet()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    private static void assertSecurityHeaders(String page, HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                page);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), page);
        assertNotNull(response.headers().firstValue("Referrer-Policy").orElse(null), page);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), page);
    }

    @Test
    void chineseByDefaultWithEnglishOnRequest() {
        FacesClient visitor = FacesClient.forServer();
        HttpResponse<String> chinese = visitor.get("/login.xhtml");
        assertTrue(visitor.page().text().contains("密码登录"));
        assertEquals("zh-CN", visitor.page().selectFirst("html").attr("lang"));
        assertEquals("zh-CN", chinese.headers().firstValue("Content-Language").orElse(null));
        assertEquals("text/html;charset=UTF-8", chinese.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertFalse(chinese.body().contains("aria-label=\"\""), "an empty aria-label names nothing");
        FacesClient.PartialResponse english = visitor.submit("nav", "navLanguage", Map.of());
        assertTrue(english.text().contains("Sign in") && english.text().contains("Service hotline"), english.text());
        HttpResponse<String> inEnglish = visitor.get("/register.xhtml");
        assertTrue(visitor.page().text().contains("Get code"), "the choice lasts for the visit");
        assertEquals("en", inEnglish.headers().firstValue("Content-Language").orElse(null));
        assertTrue(visitor.cookiesSet().stream().noneMatch(c -> c.startsWith("JSESSIONID")), "a choice needs no session");
        assertEquals("en", visitor.page().selectFirst("html").attr("lang"));
    }
}
