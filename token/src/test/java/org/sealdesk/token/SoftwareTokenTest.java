package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared token suite on the software token, plus the PIN lock a ukey has and SoftHSM2 lacks. */
class SoftwareTokenTest extends TokenContractTest {

    private final AtomicInteger serials = new AtomicInteger();

    private SoftwareTokens tokens() {
        return new SoftwareTokens(scratch.resolve("tokens"));
    }

    @Override
    Token freshToken() {
        Token token = tokens().addBlank("SW" + serials.incrementAndGet());
        token.initialise("ukey", SO_PIN.toCharArray(), USER_PIN.toCharArray());
        return token;
    }

    @Override
    Token blankToken() {
        return tokens().addBlank("BLANK" + serials.incrementAndGet());
    }

    @Override
    boolean offersSm2() {
        return true;
    }

    @Test
    void wrongPinsCountDownToALockThatOnlyUnlockLifts() {
        Token token = freshToken();
        for (int left = SoftwareToken.MAX_TRIES - 1; left > 0; left--) {
            TokenException wrong = assertThrows(TokenException.class, () -> token.verifyPin("000000".toCharArray()));
            assertEquals(TokenError.WRONG_PIN, wrong.error());
            assertEquals(left, wrong.triesLeft());
            assertEquals(left, token.info().pin().triesLeft());
        }
        assertEquals(TokenError.PIN_LOCKED, assertThrows(TokenException.class,
                () -> token.verifyPin("000000".toCharArray())).error());
        assertTrue(token.info().pin().locked());
        assertEquals(TokenError.PIN_LOCKED, assertThrows(TokenException.class,
                () -> token.verifyPin(USER_PIN.toCharArray())).error(), "even the right PIN");
        token.unlock(SO_PIN.toCharArray(), NEW_SO_PIN.toCharArray());
        token.verifyPin(Token.DEFAULT_USER_PIN.toCharArray());
        assertEquals(SoftwareToken.MAX_TRIES, token.info().pin().triesLeft());
    }

    @Test
    void aRightPinResetsTheCount() {
        Token token = freshToken();
        assertThrows(TokenException.class, () -> token.verifyPin("000000".toCharArray()));
        token.verifyPin(USER_PIN.toCharArray());
        assertEquals(SoftwareToken.MAX_TRIES, token.info().pin().triesLeft());
    }

    @Test
    void listsWhatIsPresentAndPicksTheSingleInitialisedOne() {
        SoftwareTokens source = tokens();
        assertEquals(TokenError.NO_TOKEN, assertThrows(TokenException.class, source::single).error());
        source.addBlank("BLANK");
        assertEquals(TokenError.NO_TOKEN, assertThrows(TokenException.class, source::single).error(),
                "a blank token is not the applicant's ukey");
        Token first = freshToken();
        assertEquals(first.info().serial(), source.single().info().serial());
        freshToken();
        assertEquals(TokenError.SEVERAL_TOKENS, assertThrows(TokenException.class, source::single).error());
        assertEquals(3, source.tokens().size());
    }
}
