package org.sealdesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = new Base32().encodeAsString("12345678901234567890".getBytes())
            .replace("=", "");
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:15Z");

    @Test
    void codesMatchTheRfcTestVectors() {
        // RFC 6238 lists 8-digit codes; authenticator apps show the last 6.
        assertEquals("287082", Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("050471", Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111111)));
        assertEquals("005924", Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void theCurrentStepAndOneStepEitherSideAreAccepted() {
        String secret = Totp.newSecret();
        long step = Totp.stepAt(NOW);
        for (int offset = -1; offset <= 1; offset++) {
            String code = Totp.codeAt(secret, NOW.plusSeconds(30L * offset));
            assertEquals(OptionalLong.of(step + offset), Totp.matchingStep(secret, code, NOW), "offset " + offset);
        }
    }

    @Test
    void codesTwoStepsAwayAreRefused() {
        String secret = Totp.newSecret();
        assertFalse(Totp.matchingStep(secret, Totp.codeAt(secret, NOW.minusSeconds(60)), NOW).isPresent());
        assertFalse(Totp.matchingStep(secret, Totp.codeAt(secret, NOW.plusSeconds(60)), NOW).isPresent());
    }

    @Test
    void anotherSecretsCodeAndMalformedInputAreRefused() {
        String secret = "JBSWY3DPEHPK3PXP";
        assertFalse(Totp.matchingStep(secret, Totp.codeAt(RFC_SECRET, NOW), NOW).isPresent());
        assertFalse(Totp.matchingStep(secret, "12345", NOW).isPresent());
        assertFalse(Totp.matchingStep(secret, "abcdef", NOW).isPresent());
        assertFalse(Totp.matchingStep(secret, null, NOW).isPresent());
        assertTrue(Totp.matchingStep(secret, " " + Totp.codeAt(secret, NOW) + " ", NOW).isPresent());
    }

    @Test
    void secretsAreBase32AndTheEnrolmentUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals("otpauth://totp/SealDesk%20Staff:reviewer?secret=" + secret
                + "&issuer=SealDesk%20Staff&algorithm=SHA1&digits=6&period=30",
                Totp.enrolmentUri("SealDesk Staff", "reviewer", secret));
    }
}
