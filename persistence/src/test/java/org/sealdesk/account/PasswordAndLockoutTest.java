package org.sealdesk.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;

class PasswordAndLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Test
    void hashesWithPbkdf2AtSixHundredThousandIterationsAndVerifies() {
        String hash = PasswordHash.of("Seal2026desk");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(PasswordHash.matches("Seal2026desk", hash));
        assertFalse(PasswordHash.matches("seal2026desk", hash));
        assertNotEquals(hash, PasswordHash.of("Seal2026desk"), "each hash has its own salt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletters", "12345678901", "with space 1", "a1234567890123456789012345678901234"})
    void refusesWeakPasswords(String password) {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> PasswordPolicy.check(password));
        assertEquals("validation.password.weak", refusal.messageKey());
    }

    @Test
    void acceptsLettersWithDigits() {
        assertDoesNotThrow(() -> PasswordPolicy.check("abc12345"));
    }

    @Test
    void tenthFailureLocksForFifteenMinutes() {
        Account account = Account.register(new MobileNumber("13800138000"), "x", NOW);
        for (int i = 1; i < 10; i++) {
            assertEquals(10 - i, account.recordFailedSignIn(NOW, 10, LOCKOUT));
            account.ensureNotLocked(NOW);
        }
        assertEquals(0, account.recordFailedSignIn(NOW, 10, LOCKOUT));
        RuleViolation locked = assertThrows(RuleViolation.class, () -> account.ensureNotLocked(NOW.plusSeconds(60)));
        assertEquals("signIn.locked", locked.messageKey());
        assertEquals(NOW.plus(LOCKOUT), locked.arguments()[0]);
        assertThrows(RuleViolation.class, () -> account.recordSignIn(NOW.plus(LOCKOUT).minusSeconds(1)));
        assertDoesNotThrow(() -> account.recordSignIn(NOW.plus(LOCKOUT)));
    }

    @Test
    void successfulSignInResetsTheCount() {
        Account account = Account.register(new MobileNumber("13800138000"), "x", NOW);
        for (int i = 0; i < 9; i++) {
            account.recordFailedSignIn(NOW, 10, LOCKOUT);
        }
        account.recordSignIn(NOW);
        assertEquals(9, account.recordFailedSignIn(NOW, 10, LOCKOUT));
    }

    @Test
    void passwordResetLiftsTheLock() {
        Account account = Account.register(new MobileNumber("13800138000"), "x", NOW);
        for (int i = 0; i < 10; i++) {
            account.recordFailedSignIn(NOW, 10, LOCKOUT);
        }
        account.resetPassword("y");
        assertDoesNotThrow(() -> account.ensureNotLocked(NOW));
    }

    @Test
    void identityIsVerifiedOnce() {
        Account account = Account.register(new MobileNumber("13800138000"), "x", NOW);
        assertFalse(account.isIdentityVerified());
        account.verifyIdentity("张三", "cipher", "110105********002X", IdentityCheck.CHECKSUM_ONLY, NOW);
        assertTrue(account.isIdentityVerified());
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> account.verifyIdentity("李四", "c", "m", IdentityCheck.CHECKSUM_ONLY, NOW));
        assertEquals("realName.alreadyVerified", again.messageKey());
    }
}
