package org.sealdesk.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.DemoSecrets;
import org.sealdesk.platform.SealDeskMode;

/**
 * Encrypts personal data at rest (AES-256-GCM) and derives keyed hashes, with one 256-bit key
 * that lives in configuration ({@code sealdesk.crypto.data-key}, base64), never in the database.
 * In demo mode without a key, one is generated into the server directory and reused.
 */
@ApplicationScoped
public class DataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "sealdesk.crypto.data-key")
    Optional<String> configuredKey;

    @Inject
    SealDeskMode mode;

    private SecretKeySpec key;

    public DataCipher() {
    }

    /** For tests and tools outside the container. */
    public DataCipher(byte[] rawKey) {
        key = checkedKey(rawKey);
    }

    @PostConstruct
    void loadKey() {
        if (configuredKey.isPresent()) {
            key = checkedKey(Base64.getDecoder().decode(configuredKey.get().trim()));
        } else if (mode.isDemo()) {
            key = checkedKey(demoKey());
        } else {
            throw new IllegalStateException(
                    "sealdesk.crypto.data-key is not set: give a base64 256-bit key (e.g. `openssl rand -base64 32`)");
        }
    }

    private static SecretKeySpec checkedKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalStateException("sealdesk.crypto.data-key must be 32 bytes (base64 of 256 bits)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static byte[] demoKey() {
        return Base64.getDecoder().decode(new String(DemoSecrets.readOrCreate("data.key", () -> {
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            return Base64.getEncoder().encode(raw);
        }, "sealdesk.crypto.data-key"), StandardCharsets.US_ASCII).trim());
    }

    /** @param context bound into the ciphertext (GCM associated data), e.g. "account.id-card" */
    public String encrypt(String plaintext, String context) {
        return Base64.getEncoder().encodeToString(seal(plaintext.getBytes(StandardCharsets.UTF_8), context));
    }

    public String decrypt(String ciphertext, String context) {
        return new String(open(Base64.getDecoder().decode(ciphertext), context), StandardCharsets.UTF_8);
    }

    /** nonce (12 bytes) followed by the AES-256-GCM ciphertext and tag. */
    public byte[] seal(byte[] plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public byte[] open(byte[] sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data could not be decrypted: wrong key or altered data", e);
        }
    }

    /** HMAC-SHA256 under a subkey for {@code purpose}, hex; for values that are checked, never read back. */
    public String keyedHash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] subkey = mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
            mac.init(new SecretKeySpec(subkey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
