package org.sealdesk.replacement;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sealdesk.token.BouncyCastle;

/** A stand-in for the former CA (深圳 CA) in tests: an RSA CA that issues holders' certificates and a CRL. */
public final class FormerCa {

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private FormerCa(X500Name name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A self-signed CA named {@code name}, valid ten years around {@code now}. */
    public static FormerCa create(String name, Instant now) throws Exception {
        KeyPair keys = rsa();
        X500Name subject = new X500Name(name);
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(subject, BigInteger.ONE,
                Date.from(now.minus(3650, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), subject,
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new FormerCa(subject, keys, convert(builder, keys));
    }

    public static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A holder's signing certificate for {@code key}. */
    public X509Certificate issue(String subject, PublicKey key, Instant notBefore, Instant notAfter) throws Exception {
        return issue(subject, SubjectPublicKeyInfo.getInstance(key.getEncoded()), notBefore, notAfter);
    }

    public X509Certificate issue(String subject, SubjectPublicKeyInfo key, Instant notBefore, Instant notAfter)
            throws Exception {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()).setBit(63), Date.from(notBefore), Date.from(notAfter),
                new X500Name(subject), key)
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return convert(builder, keys);
    }

    /** The CA's revocation list naming {@code revoked}. */
    public X509CRL revocationList(Instant now, X509Certificate... revoked) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now), CRLReason.keyCompromise);
        }
        return new JcaX509CRLConverter().setProvider(BouncyCastle.PROVIDER).getCRL(builder.build(signer(keys)));
    }

    private static X509Certificate convert(X509v3CertificateBuilder builder, KeyPair keys) throws Exception {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(
                builder.build(signer(keys)));
    }

    private static ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate());
    }
}
