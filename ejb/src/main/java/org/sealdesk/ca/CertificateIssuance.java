package org.sealdesk.ca;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.sealdesk.ca.CertificationRequestCheck.CertifiableKey;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.SealImages;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.staff.Roles;

/**
 * Certifies the key of one seal of an order's production attempt and makes the seal that lists the certificate:
 * CSR checked → certificate recorded PENDING → signed → seal (with the image kept since the order's submission)
 * signed by the seal maker of the same family → both stored, the certificate ON_HOLD until the ukey reaches its
 * holder. The signatures happen outside any transaction, so no database transaction stays open while they run.
 */
@Stateless
@RolesAllowed(Roles.PRODUCER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateIssuance {

    /** A seal made, with its certificate, both DER. */
    public record Issued(SealType type, String serial, byte[] certificate, String esId, byte[] seal) {
    }

    @Inject
    CertificateAuthority ca;

    @EJB
    IssuanceRecords records;

    /**
     * @throws RuleViolation certificate.csr.unreadable, .weakKey, .badSignature, .keyReused,
     *     certificate.identityNotVerified, production.notAwaiting, order.notFound, seal.glyphMissing
     */
    public Issued issue(OrderNumber order, int attempt, SealType type, byte[] certificationRequest) {
        CertifiableKey key = CertificationRequestCheck.check(certificationRequest);
        return made(records.recordPending(order, attempt, type, key), key);
    }

    /**
     * Rekeying (renewal 续期, change 变更): the held seal's next certificate, for the key its ukey made beside the old
     * one, and the seal re-made to list it; the certificate ON_HOLD until the new seal is read back from the ukey.
     *
     * @throws RuleViolation certificate.csr.*, heldSeal.notAwaiting, heldSeal.notActive, order.notFound,
     *     certificate.identityNotVerified, seal.glyphMissing
     */
    @RolesAllowed(Roles.APPLICANT)
    public Issued rekey(OrderNumber order, int attempt, SealType type, byte[] certificationRequest) {
        CertifiableKey key = CertificationRequestCheck.check(certificationRequest);
        return made(records.recordRekeyPending(order, attempt, type, key), key);
    }

    private Issued made(IssuanceRecords.Pending pending, CertifiableKey key) {
        String esId = pending.orderNumber() + "-" + pending.type().name().charAt(0) + pending.attempt();
        Issued issued = sign(ca.profile(), ca.issuing(pending.family()), ca.sealMaker(pending.family()), pending,
                key.publicKey(), esId);
        records.recordIssued(pending, issued.certificate(), esId, issued.seal());
        return issued;
    }

    /** The signatures of one issuance: the holder's certificate by the issuing CA, the seal listing it by the maker. */
    static Issued sign(CertificateProfile profile, CaKey issuing, CaKey maker, IssuanceRecords.Pending pending,
            SubjectPublicKeyInfo key, String esId) {
        byte[] certificate = CertificateAuthority.encoded(profile.signer(issuing, new BigInteger(pending.serial(), 16),
                pending.subject().name(), key, pending.notBefore(), pending.notAfter(), pending.subject().unitCode()));
        int sizeMm = SealImages.sizeMm(pending.type());
        byte[] seal = SesSeal.make(new SesSeal.Content(esId, SesSeal.Kind.of(pending.type()), pending.sealText(),
                List.of(certificate), pending.notBefore(), pending.notBefore(), pending.notAfter(), pending.imagePng(),
                sizeMm, sizeMm), CertificateAuthority.encoded(maker.certificate()), maker.family().signer(maker.key()));
        return new Issued(pending.type(), pending.serial(), certificate, esId, seal);
    }
}
