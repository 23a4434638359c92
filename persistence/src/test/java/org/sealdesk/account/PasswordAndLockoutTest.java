package org.sealdesk.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;

class PasswordAndLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Test
    void hashesWithPbkdf2AtSixHundredThousandIterationsAndVerifies() throws Exception {
        String hash = PasswordHash.of("Seal2026desk");
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        // Recomputed here, HMAC by HMAC (RFC 8018), with the stored salt: the stored hash really is 600,000 rounds.
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        assertEquals(parts[3], Base64.getEncoder().withoutPadding().encodeToString(pbkdf2Sha256("Seal2026desk", salt, 600_000)));
        assertTrue(PasswordHash.matches("Seal2026desk", hash));
        assertFalse(PasswordHash.matches("seal2026desk", hash));
        assertNotEquals(hash, PasswordHash.of("Seal2026desk"), "each hash has its own salt");
    }

    @Test
    void verifiesThePublishedPbkdf2HmacSha256Vectors() {
        // The test vectors for PBKDF2-HMAC-SHA256 (RFC 7914 section 11 lists the same construction's).
        String salt = Base64.getEncoder().withoutPadding().encodeToString("salt".getBytes(StandardCharsets.US_ASCII));
        assertTrue(PasswordHash.matches("password", "pbkdf2-sha256$1$" + salt + "$" + base64(
                "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")));
        assertTrue(PasswordHash.matches("password", "pbkdf2-sha256$4096$" + salt + "$" + base64(
                "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")));
    }

    private static String base64(String hex) {
        return Base64.getEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex));
    }

    /** PBKDF2 with HMAC-SHA256 for one 32-byte block: U1 = HMAC(P, S || 1), Ui = HMAC(P, Ui-1), result = U1 ^ … ^ Uc. */
    private static byte[] pbkdf2Sha256(String password, byte[] salt, int rounds) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        hmac.update(salt);
        byte[] u = hmac.doFinal(new byte[] {0, 0, 0, 1});
        byte[] result = u.clone();
        for (int round = 1; round < rounds; round++) {
            u = hmac.doFinal(u);
            for (int i = 0; i < result.length; i++) {
                result[i] ^= u[i];
            }
        }
        return result;
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
        account.verifyIdentity("张三", "cipher", "110105********002X", IdentityCheck.CHECKSUM_ONLY, null, NOW);
        assertTrue(account.isIdentityVerified());
        RuleViolation again = assertThrows(RuleViolation.class,
                () -> account.verifyIdentity("李四", "c", "m", IdentityCheck.CHECKSUM_ONLY, null, NOW));
        assertEquals("realName.alreadyVerified", again.messageKey());
    }
}
