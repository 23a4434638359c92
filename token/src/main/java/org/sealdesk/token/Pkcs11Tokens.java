package org.sealdesk.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Slot;

/** The tokens of a PKCS#11 library: the ukey vendor's, or SoftHSM2 in development and tests. */
public final class Pkcs11Tokens implements TokenSource {

    private final PKCS11Module module;

    private Pkcs11Tokens(PKCS11Module module) {
        this.module = module;
    }

    /** @throws TokenException LIBRARY_MISSING when the library is not there or does not load */
    public static Pkcs11Tokens open(Path library) {
        if (!Files.isRegularFile(library)) {
            throw new TokenException(TokenError.LIBRARY_MISSING, "no PKCS#11 library at " + library);
        }
        WrapperLog.install();
        try {
            PKCS11Module module = PKCS11Module.getInstance(library.toString());
            module.initialize();
            return new Pkcs11Tokens(module);
        } catch (IOException | PKCS11Exception | UnsatisfiedLinkError e) {
            throw new TokenException(TokenError.LIBRARY_MISSING, "the PKCS#11 library " + library + " does not load: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<Token> tokens() {
        try {
            List<Token> tokens = new ArrayList<>();
            for (Slot slot : module.getSlotList(true)) {
                tokens.add(new Pkcs11Token(this, slot.getToken()));
            }
            return tokens;
        } catch (PKCS11Exception e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "listing the tokens failed: " + e.getMessage(), e);
        }
    }

    PKCS11Module module() {
        return module;
    }

    @Override
    public void close() {
        try {
            module.finalize(null);
        } catch (PKCS11Exception e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "closing the PKCS#11 library failed", e);
        }
    }
}
