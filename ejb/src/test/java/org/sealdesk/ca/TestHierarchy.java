package org.sealdesk.ca;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.sealdesk.token.BouncyCastle;

/** One demo hierarchy for the CA's tests (making it takes seconds: two RSA-4096 roots are not made per test). */
final class TestHierarchy {

    static final String SITE = "https://seal.example.gov.cn";
    static final String POLICY = "2.25.19146275717135472625112324423049290694";
    static final CertificateProfile PROFILE = new CertificateProfile(SITE + "/", POLICY);
    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    static final char[] PASSWORD = "test-password".toCharArray();
    private static byte[] keystore;
    private static Map<String, CaKey> keys;

    private TestHierarchy() {
    }

    static synchronized Map<String, CaKey> keys() {
        if (keys == null) {
            keys = CaKeyStore.load(keystore(), PASSWORD);
        }
        return keys;
    }

    /** The hierarchy's PKCS#12 keystore, under {@link #PASSWORD}. */
    static synchronized byte[] keystore() {
        if (keystore == null) {
            keystore = CaKeyStore.create(PROFILE, "SealDesk Test", PASSWORD, NOW);
        }
        return keystore.clone();
    }

    static CaKey key(CaFamily family, CaRole role) {
        return keys().get(family.alias(role));
    }

    static KeyPair keyPair(String algorithm, Object parameter) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BouncyCastle.PROVIDER);
        if (parameter instanceof Integer bits) {
            generator.initialize(bits);
        } else {
            generator.initialize(new ECGenParameterSpec((String) parameter));
        }
        return generator.generateKeyPair();
    }

    /** A PKCS#10 request for {@code keys}, signed by {@code signer} (the same pair, unless a test says otherwise). */
    static byte[] request(KeyPair keys, KeyPair signer, String signatureAlgorithm) throws Exception {
        try {
            return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=whatever the request says"),
                    keys.getPublic()).build(new JcaContentSignerBuilder(signatureAlgorithm)
                            .setProvider(BouncyCastle.PROVIDER).build(signer.getPrivate())).getEncoded();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
