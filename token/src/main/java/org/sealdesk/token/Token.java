package org.sealdesk.token;

import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One ukey. It holds a seal per {@link SealSlot}, each with a key pair generated on the token (the private key
 * never leaves it), the certificate of that key, and the seal. A new key pair is made beside the current one,
 * which stays in use until the new pair's certificate and seal are both written and read back; only then are
 * the older pairs of the slot destroyed, so a renewal that fails half-way leaves the ukey as it was.
 * Operations that change the token need the user PIN (or, to unlock, the security officer's). Failures are
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
     * Generates a key pair for the slot's seal beside its current one, and returns a PKCS#10 request for
     * {@code subjectDn} signed by the new private key. A pair from an earlier attempt that never became current
     * is replaced.
     *
     * @return the DER-encoded certificate request
     * @throws TokenException UNSUPPORTED_ALGORITHM where the token cannot make such a key
     */
    byte[] generateKeyPair(char[] pin, SealSlot slot, KeyAlgorithm algorithm, String subjectDn);

    /**
     * Stores the certificate beside the key pair of the slot it certifies.
     *
     * @throws TokenException NOT_FOUND when no key pair of the slot has the certificate's public key
     */
    void writeCertificate(char[] pin, SealSlot slot, X509Certificate certificate);

    /**
     * Stores the seal (e.g. a GB/T 38540 seal) beside the slot's newest certified key pair.
     *
     * @throws TokenException NOT_FOUND when no key pair of the slot has a certificate yet
     */
    void writeSeal(char[] pin, SealSlot slot, byte[] seal);

    /** The certificate of the slot's current key pair. */
    Optional<X509Certificate> readCertificate(SealSlot slot);

    /** The seal of the slot's current key pair. */
    Optional<byte[]> readSeal(SealSlot slot);

    /** Every seal's current certificate on the token, by slot. */
    default Map<SealSlot, X509Certificate> certificates() {
        Map<SealSlot, X509Certificate> certificates = new EnumMap<>(SealSlot.class);
        for (SealSlot slot : SealSlot.values()) {
            readCertificate(slot).ifPresent(certificate -> certificates.put(slot, certificate));
        }
        return certificates;
    }

    /**
     * Signs {@code message} with the slot's newest key (SHA256withRSA, SHA256withECDSA or SM3withSM2, as the key
     * is). Only for messages the caller built itself, never for bytes a page sent.
     *
     * @throws TokenException NOT_FOUND when the slot has no key pair
     */
    byte[] sign(char[] pin, SealSlot slot, byte[] message);

    /**
     * Signs {@code message} with the key of a certificate another CA put on this ukey (not a SealDesk seal's key), for
     * moving its holder to SealDesk (ukey 更换): where several are, the one valid longest. Only for messages the
     * caller built itself.
     *
     * @throws TokenException WRONG_PIN, PIN_LOCKED; NOT_FOUND when no such certificate has its private key on the
     *     token; UNSUPPORTED_ALGORITHM for a key SealDesk cannot have the token sign with (SM2 through vendor
     *     mechanisms)
     */
    FormerCertificateProof proveFormerCertificate(char[] pin, byte[] message);

    /**
     * Logs in as security officer, sets the user PIN to {@link #DEFAULT_USER_PIN}, and replaces the SO PIN with
     * {@code newSoPin} (a used SO PIN is not used again). When the SO PIN is {@code newSoPin} already — an earlier
     * unlock with the same PINs took, but its answer never reached the server — that one logs in (after one refused
     * try with {@code soPin}) and the unlock is done again.
     */
    void unlock(char[] soPin, char[] newSoPin);

    /**
     * Initialises the token for production: everything on it is erased.
     *
     * @return the token as it is now (a PKCS#11 library may give it a new slot and serial)
     */
    TokenInfo initialise(String label, char[] soPin, char[] userPin);
}
