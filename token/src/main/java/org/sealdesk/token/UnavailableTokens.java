package org.sealdesk.token;

import java.util.List;

/**
 * No tokens can be reached (the vendor's library is missing or does not load): every request is
 * answered with that reason, so the page can tell the user what to install.
 */
public final class UnavailableTokens implements TokenSource {

    private final TokenException reason;

    public UnavailableTokens(TokenException reason) {
        this.reason = reason;
    }

    @Override
    public List<Token> tokens() {
        throw new TokenException(reason.error(), reason.getMessage(), reason);
    }

    @Override
    public void close() {
        // Nothing was opened.
    }
}
