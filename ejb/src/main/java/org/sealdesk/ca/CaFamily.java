package org.sealdesk.ca;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sealdesk.token.BouncyCastle;
import org.sealdesk.token.HsmKeys;

/**
 * The two certificate hierarchies: RSA (SHA-256) and the Chinese national one (SM2 keys, SM3withSM2, GM/T 0015).
 * Each has a root, an issuing CA, an OCSP responder and a seal maker.
 */
public enum CaFamily {
    RSA("rsa", "SHA256withRSA"),
    SM2("sm2", "SM3withSM2");

    private final String code;
    private final String signatureAlgorithm;

    CaFamily(String code, String signatureAlgorithm) {
        this.code = code;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** As file names and aliases spell it: rsa, sm2. */
    public String code() {
        return code;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The name of one of this family's keys: its keystore alias and its published file's name. */
    public String alias(CaRole role) {
        return code + "-" + role.code();
    }

    /** A new key pair of this family; {@code rsaBits} only matters for RSA. */
    KeyPair newKeyPair(int rsaBits) {
        try {
            if (this == RSA) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(rsaBits);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a " + this + " key pair", e);
        }
    }

    /** A software key as this family's signer holds it (RSA keys: handed to the faster provider once). */
    PrivateKey signingKey(PrivateKey key) {
        return this == RSA ? RsaSigning.own(key) : key;
    }

    /** Signs with a software key, or has the HSM sign with one of its keys (RSA only). */
    ContentSigner signer(PrivateKey key) {
        if (key instanceof HsmKeys.Key onHsm) {
            if (this != RSA) {
                throw new IllegalStateException(onHsm + ": only RSA keys can be on the HSM");
            }
            return new HsmSigner(new DefaultSignatureAlgorithmIdentifierFinder().find(signatureAlgorithm), onHsm);
        }
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(this == RSA ? RsaSigning.PROVIDER : BouncyCastle.PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + signatureAlgorithm, e);
        }
    }
}
