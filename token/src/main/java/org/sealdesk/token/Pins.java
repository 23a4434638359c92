package org.sealdesk.token;

/** What a new PIN must be: 6 to 16 characters, as ukeys accept. */
final class Pins {

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
}
