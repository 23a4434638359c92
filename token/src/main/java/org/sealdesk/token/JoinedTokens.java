package org.sealdesk.token;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of several libraries as one source: an applicant moving from the former CA plugs in its ukey, whose
 * vendor's PKCS#11 library is not the one of SealDesk's ukeys. A library that does not load is passed over while
 * another answers; when none does, the first one's reason is given.
 */
public final class JoinedTokens implements TokenSource {

    private final List<TokenSource> sources;

    public JoinedTokens(List<TokenSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        TokenException firstFailure = null;
        int answered = 0;
        for (TokenSource source : sources) {
            try {
                tokens.addAll(source.tokens());
                answered++;
            } catch (TokenException failure) {
                firstFailure = firstFailure == null ? failure : firstFailure;
            }
        }
        if (answered == 0 && firstFailure != null) {
            throw firstFailure;
        }
        return tokens;
    }

    @Override
    public void close() {
        sources.forEach(TokenSource::close);
    }
}
