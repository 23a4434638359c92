package org.sealdesk.replacement;

import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sealdesk.token.BouncyCastle;

/**
 * A stand-in for the former CA (深圳 CA) in tests, made as demo mode makes its own ({@link DemoFormerCa#issue}): an
 * RSA CA that issues holders' certificates and a CRL.
 */
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
    public static FormerCa create(String name, Instant now) {
        KeyPair keys = rsa();
        X500Name subject = new X500Name(name);
        return new FormerCa(subject, keys, DemoFormerCa.issue(subject, keys.getPrivate(), subject,
                keys.getPublic().getEncoded(), now.minus(Duration.ofDays(3650)), now.plus(Duration.ofDays(3650)), true));
    }

    public static KeyPair rsa() {
        return DemoFormerCa.rsa();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A holder's signing certificate for {@code key}. */
    public X509Certificate issue(String subject, PublicKey key, Instant notBefore, Instant notAfter) {
        return DemoFormerCa.issue(name, keys.getPrivate(), new X500Name(subject), key.getEncoded(), notBefore, notAfter,
                false);
    }

    public X509Certificate issue(String subject, SubjectPublicKeyInfo key, Instant notBefore, Instant notAfter)
            throws Exception {
        return DemoFormerCa.issue(name, keys.getPrivate(), new X500Name(subject), key.getEncoded(), notBefore, notAfter,
                false);
    }

    /** The CA's revocation list naming {@code revoked}. */
    public X509CRL revocationList(Instant now, X509Certificate... revoked) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now), CRLReason.keyCompromise);
        }
        return new JcaX509CRLConverter().setProvider(BouncyCastle.PROVIDER).getCRL(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate())));
    }
}
