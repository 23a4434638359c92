package org.sealdesk.token;

import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_VALUE;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_SHA256_RSA_PKCS;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_CERTIFICATE;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_PRIVATE_KEY;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKU_USER;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Optional;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Slot;

/**
 * The CA's RSA keys on a PKCS#11 HSM, each found by its label (its alias), with its certificate under the same
 * label. The application logs in once; every signature runs in a session of its own, so signing is thread-safe.
 * The private keys never leave the HSM: {@link #privateKey} hands out a reference that only this class can use.
 */
public final class HsmKeys implements AutoCloseable {

    /** A private key that stays on the HSM: its label, and the means to sign with it. */
    public static final class Key implements PrivateKey {
        private static final long serialVersionUID = 1L;
        private final transient HsmKeys hsm;
        private final String label;
        private final long handle;

        private Key(HsmKeys hsm, String label, long handle) {
            this.hsm = hsm;
            this.label = label;
            this.handle = handle;
        }

        /** SHA256withRSA (PKCS#1 v1.5) over {@code content}, computed by the HSM. */
        public byte[] signSha256WithRsa(byte[] content) {
            return hsm.sign(handle, label, content);
        }

        @Override
        public String getAlgorithm() {
            return "RSA";
        }

        /** Not extractable: no encoding. */
        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }

        @Override
        public String toString() {
            return "HSM key " + label;
        }
    }

    private final Pkcs11Tokens library;
    private final org.xipki.pkcs11.wrapper.Token token;
    private final Session loggedIn;

    private HsmKeys(Pkcs11Tokens library, org.xipki.pkcs11.wrapper.Token token, Session loggedIn) {
        this.library = library;
        this.token = token;
        this.loggedIn = loggedIn;
    }

    /**
     * Opens the token labelled {@code tokenLabel} and logs in as its user.
     *
     * @throws TokenException LIBRARY_MISSING, NO_TOKEN (no token of that label), WRONG_PIN and other login failures
     */
    public static HsmKeys open(Path library, String tokenLabel, char[] pin) {
        Pkcs11Tokens tokens = Pkcs11Tokens.open(library);
        try {
            for (Slot slot : tokens.module().getSlotList(true)) {
                org.xipki.pkcs11.wrapper.Token token = slot.getToken();
                if (token.getTokenInfo().getLabel().strip().equals(tokenLabel)) {
                    Session session = token.openSession(false);
                    session.login(CKU_USER, pin);
                    return new HsmKeys(tokens, token, session);
                }
            }
            throw new TokenException(TokenError.NO_TOKEN, "the PKCS#11 library " + library + " has no token labelled "
                    + tokenLabel);
        } catch (PKCS11Exception e) {
            tokens.close();
            throw new TokenException(TokenError.TOKEN_FAILURE, "cannot log in to the HSM token " + tokenLabel + ": "
                    + e.getMessage(), e);
        } catch (TokenException e) {
            tokens.close();
            throw e;
        }
    }

    /** The private key labelled {@code label}, if the HSM holds one. */
    public Optional<Key> privateKey(String label) {
        return find(new AttributeVector().class_(CKO_PRIVATE_KEY).label(label))
                .map(handle -> new Key(this, label, handle));
    }

    /** The certificate (DER) labelled {@code label}, if the HSM holds one. */
    public Optional<byte[]> certificate(String label) {
        return find(new AttributeVector().class_(CKO_CERTIFICATE).label(label)).map(handle -> {
            try {
                return loggedIn.getAttrValues(handle, CKA_VALUE).value();
            } catch (PKCS11Exception e) {
                throw new TokenException(TokenError.TOKEN_FAILURE, "cannot read the certificate " + label, e);
            }
        });
    }

    private Optional<Long> find(AttributeVector template) {
        try {
            long[] found = loggedIn.findObjectsSingle(template, 2);
            return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (PKCS11Exception e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "cannot search the HSM: " + e.getMessage(), e);
        }
    }

    private byte[] sign(long handle, String label, byte[] content) {
        Session session = null;
        try {
            session = token.openSession(false);
            return session.signSingle(new Mechanism(CKM_SHA256_RSA_PKCS), handle, content);
        } catch (PKCS11Exception e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "the HSM did not sign with " + label + ": "
                    + e.getMessage(), e);
        } finally {
            if (session != null) {
                try {
                    session.closeSession();
                } catch (PKCS11Exception ignored) {
                    // The signature is made or failed already.
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            loggedIn.logout();
            loggedIn.closeSession();
        } catch (PKCS11Exception ignored) {
            // Finalising the library below ends the sessions anyway.
        } finally {
            library.close();
        }
    }
}
