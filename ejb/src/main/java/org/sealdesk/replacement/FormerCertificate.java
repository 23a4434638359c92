package org.sealdesk.replacement;

import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.sealdesk.identity.CreditCode;
import org.sealdesk.token.Certificates;

/**
 * The certificate the former CA (深圳 CA) put on an applicant's ukey, as SealDesk read it: who issued it, its serial
 * (hex), whom it names — the common name, the organisation where there is one, and a unified social credit code where
 * one of its names holds a valid one — and its validity. The application is filled from it.
 */
public record FormerCertificate(String issuer, String serial, String subject, String commonName, String organisation,
        String creditCode, Instant notBefore, Instant notAfter, byte[] der) {

    /** A certificate kept when its ukey was proven: read again, not checked again. */
    public static FormerCertificate of(byte[] der) {
        try {
            return of(Certificates.parse(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a kept former certificate does not parse", e);
        }
    }

    static FormerCertificate of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        try {
            return new FormerCertificate(certificate.getIssuerX500Principal().getName(),
                    certificate.getSerialNumber().toString(16).toUpperCase(),
                    certificate.getSubjectX500Principal().getName(), first(subject, BCStyle.CN).orElse(null),
                    first(subject, BCStyle.O).orElse(null), creditCode(subject), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(), certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? Optional.empty()
                : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }

    /** Where the former CA put the unit's credit code is not known here: any name that holds a valid one. */
    private static String creditCode(X500Name subject) {
        return Arrays.stream(subject.getRDNs()).flatMap(rdn -> Arrays.stream(rdn.getTypesAndValues()))
                .map(AttributeTypeAndValue::getValue).map(IETFUtils::valueToString)
                .flatMap(value -> Arrays.stream(value.split("[^0-9A-Z]+")))
                .filter(CreditCode::isValid).findFirst().orElse(null);
    }
}
