package org.sealdesk.token;

/** A token operation that failed, with its {@link TokenError} and, for a wrong PIN, the tries left if known. */
public class TokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TokenError error;
    private final Integer triesLeft;

    public TokenException(TokenError error, String message) {
        this(error, message, null, null);
    }

    public TokenException(TokenError error, String message, Throwable cause) {
        this(error, message, null, cause);
    }

    public TokenException(TokenError error, String message, Integer triesLeft, Throwable cause) {
        super(message, cause);
        this.error = error;
        this.triesLeft = triesLeft;
    }

    public static TokenException wrongPin(Integer triesLeft) {
        return new TokenException(TokenError.WRONG_PIN, "wrong PIN" + (triesLeft == null ? "" : ", " + triesLeft
                + " tries left"), triesLeft, null);
    }

    public TokenError error() {
        return error;
    }

    public Integer triesLeft() {
        return triesLeft;
    }
}
