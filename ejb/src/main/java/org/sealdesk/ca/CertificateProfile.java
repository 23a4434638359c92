package org.sealdesk.ca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.sealdesk.certificate.Certificates;

/**
 * The shape of every certificate SealDesk signs (RFC 5280; GM/T 0015 for SM2): the CA hierarchy's and the
 * holders'. Holders' certificates carry digitalSignature + nonRepudiation, the certificate policy, the CRL
 * distribution point {@code <site>/pki/crl/<ca>.crl} and the AIA (OCSP {@code <site>/pki/ocsp}, caIssuers
 * {@code <site>/pki/ca/<ca>.cer}).
 */
final class CertificateProfile {

    /** GM/T 0015-2012 organisation code extension; SealDesk puts the unified social credit code there. */
    static final ASN1ObjectIdentifier UNIT_CODE = new ASN1ObjectIdentifier("1.2.156.10260.4.1.4");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String siteUrl;
    private final ASN1ObjectIdentifier policy;

    CertificateProfile(String siteUrl, String policyOid) {
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        this.policy = new ASN1ObjectIdentifier(policyOid);
    }

    /** 16 random bytes, positive: 128 bits from the CSPRNG, at most 17 octets encoded. */
    static BigInteger newSerial() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        BigInteger serial = new BigInteger(1, bytes);
        return serial.signum() == 0 ? newSerial() : serial;
    }

    X509CertificateHolder root(CaFamily family, X500Name name, KeyPair keys, Instant from, Instant to) {
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        X509v3CertificateBuilder builder = base(name, key, name, key, newSerial(), from, to);
        add(builder, Extension.basicConstraints, true, new BasicConstraints(true));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return builder.build(family.signer(keys.getPrivate()));
    }

    X509CertificateHolder issuingCa(CaKey root, X500Name name, SubjectPublicKeyInfo key, Instant from, Instant to) {
        X509v3CertificateBuilder builder = issuedBy(root, name, key, newSerial(), from, to);
        add(builder, Extension.basicConstraints, true, new BasicConstraints(0));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return builder.build(root.family().signer(root.key()));
    }

    /** The issuing CA's delegated responder (RFC 6960 4.2.2.2): id-kp-OCSPSigning, and id-pkix-ocsp-nocheck. */
    X509CertificateHolder ocspResponder(CaKey issuing, X500Name name, SubjectPublicKeyInfo key, Instant from,
            Instant to) {
        X509v3CertificateBuilder builder = issuedBy(issuing, name, key, newSerial(), from, to);
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
        add(builder, OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        return builder.build(issuing.family().signer(issuing.key()));
    }

    /**
     * A signing certificate: the holders' (one per seal), the seal maker's and the platform's.
     *
     * @param unitCode the unit's unified social credit code, for a unit's certificate; null for a person's
     */
    X509CertificateHolder signer(CaKey issuing, BigInteger serial, X500Name subject, SubjectPublicKeyInfo key,
            Instant from, Instant to, String unitCode) {
        X509v3CertificateBuilder builder = issuedBy(issuing, subject, key, serial, from, to);
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        add(builder, Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(policy)));
        String ca = issuing.family().alias(CaRole.ISSUING);
        add(builder, Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(new GeneralNames(uri(crlUrl(ca)))), null, null)}));
        add(builder, Extension.authorityInfoAccess, false, AuthorityInformationAccess.getInstance(new DERSequence(
                new AccessDescription[] {
                    new AccessDescription(AccessDescription.id_ad_ocsp, uri(siteUrl + "/pki/ocsp")),
                    new AccessDescription(AccessDescription.id_ad_caIssuers, uri(siteUrl + "/pki/ca/" + ca + ".cer"))})));
        if (unitCode != null) {
            add(builder, UNIT_CODE, false, new DERPrintableString(unitCode));
        }
        return builder.build(issuing.family().signer(issuing.key()));
    }

    /**
     * The issuing CA's CRL (RFC 5280 section 5): version 2, AKI and CRL number; each entry with its reason code
     * (none for unspecified), and certificateHold for a certificate on hold.
     */
    X509CRLHolder revocationList(CaKey issuing, long number, Instant thisUpdate, Instant nextUpdate,
            List<Certificates.Status> entries) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuing.certificate().getSubject(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (Certificates.Status entry : entries) {
            builder.addCRLEntry(new BigInteger(entry.serial(), 16), Date.from(entry.since()), entry.reasonCode());
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false, new BcX509ExtensionUtils()
                    .createAuthorityKeyIdentifier(issuing.certificate().getSubjectPublicKeyInfo()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
        } catch (CertIOException e) {
            throw new UncheckedIOException(new IOException("cannot encode a CRL extension", e));
        }
        return builder.build(issuing.family().signer(issuing.key()));
    }

    String crlUrl(String ca) {
        return siteUrl + "/pki/crl/" + ca + ".crl";
    }

    private static X509v3CertificateBuilder issuedBy(CaKey issuer, X500Name subject, SubjectPublicKeyInfo key,
            BigInteger serial, Instant from, Instant to) {
        return base(issuer.certificate().getSubject(), issuer.certificate().getSubjectPublicKeyInfo(), subject, key,
                serial, from, to);
    }

    private static X509v3CertificateBuilder base(X500Name issuer, SubjectPublicKeyInfo issuerKey, X500Name subject,
            SubjectPublicKeyInfo key, BigInteger serial, Instant from, Instant to) {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to),
                subject, key);
        BcX509ExtensionUtils utils = new BcX509ExtensionUtils();
        add(builder, Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
        add(builder, Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey));
        return builder;
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    private static void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid, boolean critical,
            ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new UncheckedIOException(new IOException("cannot encode extension " + oid, e));
        }
    }
}
