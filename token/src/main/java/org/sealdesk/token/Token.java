package org.sealdesk.token;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * One ukey. Operations that change the token need the user PIN (or, to unlock, the security
 * officer's); the private key is generated on the token and never leaves it. Failures are
 * {@link TokenException}s with a {@link TokenError} the pages can explain.
 */
public interface Token {

    /** The manual's rule: an unlocked ukey's user PIN is 12345678, to be changed at once. */
    String DEFAULT_USER_PIN = "12345678";

    TokenInfo info();

    /** @throws TokenException WRONG_PIN (with the tries left where the token tells), PIN_LOCKED */
    void verifyPin(char[] pin);

    void changePin(char[] oldPin, char[] newPin);

    /**
     * Generates the signing key pair on the token, replacing the previous one, and returns a PKCS#10
     * request for {@code subjectDn} signed by the new private key.
     *
     * @return the DER-encoded certificate request
     * @throws TokenException UNSUPPORTED_ALGORITHM where the token cannot make such a key
     */
    byte[] generateKeyPair(char[] pin, KeyAlgorithm algorithm, String subjectDn);

    /** Stores the certificate under the SealDesk label, replacing the one before (renewal). */
    void writeCertificate(char[] pin, X509Certificate certificate);

    Optional<X509Certificate> readCertificate();

    /** Stores the seal data (e.g. a GB/T 38540 seal) under the SealDesk label, replacing the one before. */
    void writeSealData(char[] pin, byte[] seal);

    Optional<byte[]> readSealData();

    /** Logs in as security officer and sets the user PIN to {@link #DEFAULT_USER_PIN}. */
    void unlock(char[] soPin);

    /**
     * Initialises the token for production: everything on it is erased.
     *
     * @return the token as it is now (a PKCS#11 library may give it a new slot and serial)
     */
    TokenInfo initialise(String label, char[] soPin, char[] userPin);
}
