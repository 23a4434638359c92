package org.sealdesk.ca;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.certificate.RevocationList;

/**
 * The CRL of each issuing CA (RSA and SM2), served at {@code /pki/crl/<ca>.crl}: signed again, with the next CRL
 * number, when an entry changed (a certificate revoked, put on hold or released) or the last one is older than
 * {@code sealdesk.crl.republish-after}; valid for {@code sealdesk.crl.validity} (at most 7 days).
 */
@Stateless
@PermitAll
public class RevocationLists {

    /** The longest nextUpdate - thisUpdate allowed: relying parties holding an old CRL trust it until then. */
    static final Duration LONGEST_VALIDITY = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(RevocationLists.class.getName());

    @Inject
    CertificateAuthority ca;

    @Inject
    Certificates certificates;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sealdesk.crl.validity", defaultValue = "P7D")
    Duration validity;

    @Inject
    @ConfigProperty(name = "sealdesk.crl.republish-after", defaultValue = "P1D")
    Duration republishAfter;

    /**
     * Signs and stores a new CRL for the family's issuing CA if one is due.
     *
     * @return whether one was published
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean publishIfDue(CaFamily family) {
        String issuer = family.alias(CaRole.ISSUING);
        RevocationList last = em.find(RevocationList.class, issuer, LockModeType.PESSIMISTIC_WRITE);
        RevocationList list = last == null ? RevocationList.first(issuer) : last;
        Instant now = clock.instant();
        List<Certificates.Status> entries = certificates.onRevocationList(issuer, now);
        String digest = digest(entries);
        if (!list.isDue(digest, now.minus(republishAfter))) {
            return false;
        }
        long number = list.nextNumber();
        list.publish(CertificateAuthority.encoded(ca.revocationList(family, number, now, now.plus(validity), entries)),
                digest, now, now.plus(validity));
        if (last == null) {
            em.persist(list);
        }
        LOG.info(() -> "CRL " + issuer + " #" + number + " published: " + entries.size() + " entries");
        return true;
    }

    /** How CRLs are published, for the start-up log; a validity above {@link #LONGEST_VALIDITY} stops the start. */
    public String describe() {
        if (validity.compareTo(LONGEST_VALIDITY) > 0) {
            throw new IllegalStateException("sealdesk.crl.validity is " + validity + "; at most " + LONGEST_VALIDITY);
        }
        return "signed when an entry changes or after " + republishAfter + ", valid for " + validity;
    }

    /** The CAs that publish a CRL: the issuing CAs. */
    public List<String> issuers() {
        return Arrays.stream(CaFamily.values()).map(family -> family.alias(CaRole.ISSUING)).toList();
    }

    /** A published CRL: DER, and when relying parties should fetch the next. */
    public record Published(byte[] der, Instant nextUpdate) {
    }

    /** The CA's last published CRL; empty for an unknown CA or before the first. */
    public Optional<Published> published(String issuerCa) {
        return Optional.ofNullable(em.find(RevocationList.class, issuerCa)).filter(list -> list.getDer() != null)
                .map(list -> new Published(list.getDer(), list.getNextUpdate()));
    }

    private static String digest(List<Certificates.Status> entries) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            entries.forEach(entry -> sha256.update((entry.serial() + " " + entry.status() + " " + entry.reason() + " "
                    + entry.since() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
