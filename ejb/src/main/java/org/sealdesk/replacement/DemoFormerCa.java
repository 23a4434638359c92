package org.sealdesk.replacement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sealdesk.crypto.Pem;
import org.sealdesk.platform.DemoSecrets;
import org.sealdesk.token.BouncyCastle;

/**
 * Demo mode's stand-in for the former CA (深圳 CA), named as the test CA it is: made at the first start under
 * {@code demo-secrets/}, trusted for ukey 更换 where no former CA certificates are configured, and issuing throw-away
 * keys with certificates for trying ukey 更换 on a software PKCS#11 token (README).
 */
@ApplicationScoped
public class DemoFormerCa {

    static final String NAME = "CN=SealDesk 演示旧 CA（测试用，非深圳 CA）,O=SealDesk 演示,C=CN";
    /** The unit a demo former ukey names, with a valid credit code as the former CA put it in the subject. */
    public static final String DEMO_UNIT = "CN=演示科技有限公司,O=演示科技有限公司,OU=9144030071526726XG,C=CN";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration HOLDER_VALIDITY = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    private PrivateKey key;
    private X509Certificate certificate;

    public synchronized X509Certificate certificate() {
        load();
        return certificate;
    }

    /**
     * A new RSA-2048 key and its certificate from this CA naming {@code subject} (e.g. {@code CN=张三,C=CN}), valid a
     * year: PEM, the private key (unencrypted PKCS#8) then the certificate.
     */
    public synchronized String credential(X500Name subject) {
        load();
        KeyPair holder = rsa();
        Instant now = clock.instant();
        X509Certificate issued = issue(new X500Name(NAME), key, subject, holder.getPublic().getEncoded(),
                now.minus(Duration.ofDays(1)), now.plus(HOLDER_VALIDITY), false);
        return Pem.encode("PRIVATE KEY", holder.getPrivate().getEncoded()) + Pem.encode("CERTIFICATE", encoded(issued));
    }

    private void load() {
        if (certificate != null) {
            return;
        }
        String keyPem = new String(DemoSecrets.readOrCreate("former-ca-key.pem", () -> Pem.encode("PRIVATE KEY",
                rsa().getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII), FormerCas.CERTIFICATES),
                StandardCharsets.US_ASCII);
        key = Pem.rsaPrivateKey(keyPem);
        String certificatePem = new String(DemoSecrets.readOrCreate("former-ca.pem", () -> {
            Instant now = clock.instant();
            return Pem.encode("CERTIFICATE", encoded(issue(new X500Name(NAME), key, new X500Name(NAME),
                    publicHalf(key).getEncoded(), now.minus(Duration.ofDays(1)), now.plus(CA_VALIDITY), true)))
                    .getBytes(StandardCharsets.US_ASCII);
        }, FormerCas.CERTIFICATES), StandardCharsets.US_ASCII);
        certificate = Pem.certificate(certificatePem);
    }

    /**
     * A certificate as a CA of the former kind makes them: a CA's, or a holder's signing certificate.
     *
     * @param subjectKey X.509 SubjectPublicKeyInfo, DER
     */
    public static X509Certificate issue(X500Name issuer, PrivateKey issuerKey, X500Name subject, byte[] subjectKey,
            Instant notBefore, Instant notAfter, boolean authority) {
        try {
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).setBit(63), Date.from(notBefore), Date.from(notAfter), subject,
                    SubjectPublicKeyInfo.getInstance(subjectKey));
            if (authority) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").setProvider(BouncyCastle.PROVIDER).build(issuerKey)));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a certificate for " + subject, e);
        }
    }

    private static PublicKey publicHalf(PrivateKey key) {
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                    crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
