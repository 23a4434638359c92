package org.sealdesk.token;

import java.security.SecureRandom;

/** What a new PIN must be: 6 to 16 characters, as ukeys accept; and the random PINs the server gives ukeys. */
public final class Pins {

    private static final SecureRandom RANDOM = new SecureRandom();

    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 16;

    private Pins() {
    }

    static void checkNew(char[] pin) {
        if (pin == null || pin.length < MIN_LENGTH || pin.length > MAX_LENGTH) {
            throw new TokenException(TokenError.PIN_INVALID, "a PIN has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters");
        }
    }

    /** A random PIN of {@code count} digits (ukeys and their users' keypads take digits). */
    public static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
