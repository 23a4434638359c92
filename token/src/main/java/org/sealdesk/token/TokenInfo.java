package org.sealdesk.token;

/**
 * What a token says about itself.
 *
 * @param initialised whether it has been initialised (a blank token has not)
 */
public record TokenInfo(String serial, String label, String manufacturer, String model, boolean initialised,
        PinState pin) {

    /**
     * The user PIN's state.
     *
     * @param triesLeft how many wrong PINs it still takes, where the token tells (null where it does not)
     * @param countLow the token says a wrong PIN was entered since the last right one
     * @param locked no more tries: only the security officer can unlock it
     * @param isDefault still {@link Token#DEFAULT_USER_PIN}: the page should ask for a new one
     */
    public record PinState(Integer triesLeft, boolean countLow, boolean locked, boolean isDefault) {
    }
}
