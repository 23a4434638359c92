package org.sealdesk.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;

class SmsCodeRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final SmsLimits LIMITS = new SmsLimits(Duration.ofMinutes(5), Duration.ofSeconds(60), 5, 5, 10, 20);
    private static final MobileNumber MOBILE = new MobileNumber("13800138000");

    private static SmsCode code() {
        return new SmsCode(MOBILE, SmsPurpose.SIGN_IN, "a".repeat(64), "127.0.0.1", NOW, LIMITS);
    }

    private static RuleViolation refusal(Executable action) {
        return assertThrows(RuleViolation.class, action);
    }

    @Test
    void redeemsOnceWithinFiveMinutes() {
        SmsCode code = code();
        assertEquals(NOW.plus(Duration.ofMinutes(5)), code.getExpiresAt());
        code.redeem("a".repeat(64), NOW.plusSeconds(299), 5);
        assertTrue(code.isUsed());
        assertEquals("sms.code.used", refusal(() -> code.redeem("a".repeat(64), NOW.plusSeconds(300), 5)).messageKey());
    }

    @Test
    void expiresAfterFiveMinutes() {
        assertEquals("sms.code.expired", refusal(() -> code().redeem("a".repeat(64), NOW.plusSeconds(300), 5)).messageKey());
    }

    @Test
    void wrongCodeCountsDownThenRefusesEvenTheRightOne() {
        SmsCode code = code();
        for (int left = 4; left >= 1; left--) {
            RuleViolation wrong = refusal(() -> code.redeem("b".repeat(64), NOW, 5));
            assertEquals("sms.code.wrong", wrong.messageKey());
            assertArrayEquals(new Object[] {left}, wrong.arguments());
        }
        assertEquals("sms.code.tooManyTries", refusal(() -> code.redeem("b".repeat(64), NOW, 5)).messageKey());
        assertEquals("sms.code.tooManyTries", refusal(() -> code.redeem("a".repeat(64), NOW, 5)).messageKey());
        assertEquals(5, code.getFailedTries());
    }

    @Test
    void resendWaitsSixtySeconds() {
        SmsSendPolicy policy = new SmsSendPolicy(LIMITS);
        RuleViolation cooldown = refusal(() -> policy.check(NOW.plusSeconds(20), List.of(NOW), List.of()));
        assertEquals("sms.refused.cooldown", cooldown.messageKey());
        assertArrayEquals(new Object[] {41L}, cooldown.arguments());
        assertDoesNotThrow(() -> policy.check(NOW.plusSeconds(60), List.of(NOW), List.of()));
    }

    @Test
    void atMostFivePerHourPerNumber() {
        SmsSendPolicy policy = new SmsSendPolicy(LIMITS);
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(NOW.plus(Duration.ofMinutes(10L * i)));
        }
        Instant now = NOW.plus(Duration.ofMinutes(45));
        RuleViolation hourly = refusal(() -> policy.check(now, sent, List.of()));
        assertEquals("sms.refused.hourly", hourly.messageKey());
        assertEquals(NOW.plus(Duration.ofHours(1)), hourly.arguments()[1], "free again when the first leaves the hour");
        assertDoesNotThrow(() -> policy.check(NOW.plus(Duration.ofMinutes(61)), sent, List.of()));
    }

    @Test
    void atMostTenPerDayPerNumber() {
        SmsSendPolicy policy = new SmsSendPolicy(LIMITS);
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(NOW.plus(Duration.ofHours(2L * i)));
        }
        Instant now = NOW.plus(Duration.ofHours(21));
        RuleViolation daily = refusal(() -> policy.check(now, sent, List.of()));
        assertEquals("sms.refused.daily", daily.messageKey());
        assertEquals(NOW.plus(Duration.ofDays(1)), daily.arguments()[1]);
    }

    @Test
    void capsRequestsPerAddress() {
        SmsSendPolicy policy = new SmsSendPolicy(LIMITS);
        List<Instant> fromIp = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fromIp.add(NOW.plusSeconds(i));
        }
        assertEquals("sms.refused.ip", refusal(() -> policy.check(NOW.plusSeconds(30), List.of(), fromIp)).messageKey());
        assertDoesNotThrow(() -> policy.check(NOW.plusSeconds(30), List.of(), fromIp.subList(0, 19)));
    }
}
