package org.sealdesk.token;

import java.util.List;

/** Where tokens come from: a PKCS#11 library's slots, or software tokens in a directory. */
public interface TokenSource extends AutoCloseable {

    /** The tokens present now, blank ones included. */
    List<Token> tokens();

    /** The one initialised token plugged in: the usual case for an applicant. */
    default Token single() {
        List<Token> initialised = tokens().stream().filter(token -> token.info().initialised()).toList();
        if (initialised.isEmpty()) {
            throw new TokenException(TokenError.NO_TOKEN, "no initialised token present");
        }
        if (initialised.size() > 1) {
            throw new TokenException(TokenError.SEVERAL_TOKENS, initialised.size() + " tokens present");
        }
        return initialised.get(0);
    }

    /** The token with that serial number. */
    default Token bySerial(String serial) {
        return tokens().stream().filter(token -> token.info().serial().equals(serial)).findFirst()
                .orElseThrow(() -> new TokenException(TokenError.NO_TOKEN, "no token with serial " + serial));
    }

    @Override
    void close();
}
