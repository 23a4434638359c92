package org.sealdesk.token;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** Certificates for tests, issued by a throw-away test CA. */
public final class TestCertificates {

    private static final KeyPair CA = caKey();

    private TestCertificates() {
    }

    /** A certificate for a throw-away key: one no token holds. */
    public static X509Certificate issue(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return issue(new X500Name(subject), SubjectPublicKeyInfo.getInstance(generator.generateKeyPair().getPublic()
                .getEncoded()));
    }

    /** A certificate for the key and subject of a PKCS#10 request, as the CA answers a token's request. */
    public static X509Certificate certify(byte[] request) throws Exception {
        PKCS10CertificationRequest csr = new PKCS10CertificationRequest(request);
        return issue(csr.getSubject(), csr.getSubjectPublicKeyInfo());
    }

    /** A certificate for {@code key}, named {@code subject}, valid for a year from now. */
    public static X509Certificate issue(X500Name subject, SubjectPublicKeyInfo key) throws Exception {
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().setProvider(new BouncyCastleProvider()).getCertificate(
                new X509v3CertificateBuilder(new X500Name("CN=SealDesk Test CA"), new BigInteger(64, new SecureRandom()),
                        Date.from(now), Date.from(now.plus(365, ChronoUnit.DAYS)), subject, key)
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(CA.getPrivate())));
    }

    private static KeyPair caKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
