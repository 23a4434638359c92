package org.sealdesk.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, 30-second
 * steps, 6 digits, secret shown as Base32. A code is accepted from one step before to one step
 * after the server's clock, to allow for clock drift and typing time.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int WINDOW_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret, Base32 without padding, as authenticator apps expect. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    public static long stepAt(Instant time) {
        return time.getEpochSecond() / STEP.getSeconds();
    }

    public static String codeAt(String base32Secret, Instant time) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
            return generator.generateOneTimePasswordString(key(base32Secret), time);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /** The time step whose code {@code code} is, within the window around {@code now}; empty if none. */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        String typed = code.strip();
        long current = stepAt(now);
        for (long step = current - WINDOW_STEPS; step <= current + WINDOW_STEPS; step++) {
            if (constantTimeEquals(codeAt(base32Secret, Instant.ofEpochSecond(step * STEP.getSeconds())), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// URI an authenticator app reads from a QR code. */
    public static String enrolmentUri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret.toUpperCase(Locale.ROOT)), "HmacSHA1");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
