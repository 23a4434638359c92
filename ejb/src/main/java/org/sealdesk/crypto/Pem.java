package org.sealdesk.crypto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Keys and certificates in PEM text, as payment providers hand them out. */
public final class Pem {

    private Pem() {
    }

    /** An unencrypted PKCS#8 RSA key ("-----BEGIN PRIVATE KEY-----"). */
    public static PrivateKey rsaPrivateKey(String pem) {
        return privateKey(pem, "RSA");
    }

    /** An unencrypted PKCS#8 key ("-----BEGIN PRIVATE KEY-----") of the algorithm (RSA, EC). */
    public static PrivateKey privateKey(String pem, String algorithm) {
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException("Expected an unencrypted PKCS#8 key (BEGIN PRIVATE KEY)");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(body(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an " + algorithm + " private key: " + e.getMessage(), e);
        }
    }

    /** An RSA public key ("-----BEGIN PUBLIC KEY-----", X.509 SubjectPublicKeyInfo), as WeChat Pay hands out its own. */
    public static PublicKey rsaPublicKey(String pem) {
        if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException("Expected a public key (BEGIN PUBLIC KEY)");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(body(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key: " + e.getMessage(), e);
        }
    }

    public static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] body(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
