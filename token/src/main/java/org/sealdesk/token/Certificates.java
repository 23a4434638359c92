package org.sealdesk.token;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** X.509 certificates from DER, as they come from a page or back from a token. */
public final class Certificates {

    private Certificates() {
    }

    /** Parsed by BouncyCastle, which knows SM2 keys (the JDK's parser refuses their curve). */
    public static X509Certificate parse(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER).generateCertificate(
                new ByteArrayInputStream(der));
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    /** A certificate read back from a token: unreadable is the token's failure. */
    static X509Certificate stored(byte[] der) {
        try {
            return parse(der);
        } catch (CertificateException e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "the stored certificate is not readable", e);
        }
    }
}
