package org.sealdesk.replacement;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.production.ProofCheck;
import org.sealdesk.token.BouncyCastle;
import org.sealdesk.token.Certificates;

/**
 * Whether a ukey's certificate is one the former CA issued and still stands behind, and whether the ukey's key
 * signed the challenge: issued by one of the configured former CA certificates (signature checked), valid now, not
 * on that CA's revocation list where one is configured, and the challenge's signature made by its key. Each failure
 * has its own message, in this order.
 */
public final class FormerCertificateCheck {

    /** The former CA's certificates trusted as issuers, and their revocation lists (none, or some of them). */
    public record Trust(List<X509Certificate> authorities, List<X509CRL> revocationLists) {

        public Trust {
            authorities = List.copyOf(authorities);
            revocationLists = List.copyOf(revocationLists);
        }
    }

    private FormerCertificateCheck() {
    }

    /**
     * @throws RuleViolation replacement.certificateUnreadable, .unknownIssuer, .notYetValid, .expired, .revoked,
     *     .notProven
     */
    public static FormerCertificate check(Trust trust, byte[] certificateDer, Instant now, byte[] challenge,
            byte[] signature) {
        X509Certificate certificate;
        try {
            certificate = Certificates.parse(certificateDer);
        } catch (CertificateException | RuntimeException e) {
            throw new RuleViolation("replacement.certificateUnreadable");
        }
        X509Certificate issuer = trust.authorities().stream().filter(authority -> issued(authority, certificate))
                .findFirst().orElseThrow(() -> new RuleViolation("replacement.unknownIssuer"));
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw new RuleViolation("replacement.notYetValid");
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new RuleViolation("replacement.expired", LocalDate.ofInstant(certificate.getNotAfter().toInstant(),
                    ServiceZone.ZONE).toString());
        }
        if (trust.revocationLists().stream().anyMatch(crl -> signedBy(crl, issuer) && crl.isRevoked(certificate))) {
            throw new RuleViolation("replacement.revoked");
        }
        if (!ProofCheck.holds(certificateDer, challenge, signature)) {
            throw new RuleViolation("replacement.notProven");
        }
        return FormerCertificate.of(certificate);
    }

    private static boolean issued(X509Certificate authority, X509Certificate certificate) {
        if (!authority.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(authority.getPublicKey(), BouncyCastle.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            crl.verify(issuer.getPublicKey(), BouncyCastle.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
