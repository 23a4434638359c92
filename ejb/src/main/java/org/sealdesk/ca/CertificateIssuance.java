package org.sealdesk.ca;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.sealdesk.ca.CertificationRequestCheck.CertifiableKey;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.SealImages;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.staff.Roles;

/**
 * Certifies the key of one seal of an order's production attempt and makes the seal that lists the certificate:
 * CSR checked → certificate recorded PENDING → signed → seal drawn and signed by the seal maker of the same family
 * → both stored, the certificate ON_HOLD until the ukey reaches its holder. The signatures happen outside any
 * transaction, so the audit chain is never locked while they run.
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

    @Inject
    SealImages images;

    /**
     * @throws RuleViolation certificate.csr.unreadable, .weakKey, .badSignature, .keyReused,
     *     certificate.identityNotVerified, production.notAwaiting, order.notFound, seal.glyphMissing
     */
    public Issued issue(OrderNumber order, int attempt, SealType type, byte[] certificationRequest) {
        CertifiableKey key = CertificationRequestCheck.check(certificationRequest);
        IssuanceRecords.Pending pending = records.recordPending(order, attempt, type, key);
        SealImages.SealImage image = images.draw(type, pending.sealText());
        X509CertificateHolder certificate = ca.sign(pending.family(), new BigInteger(pending.serial(), 16),
                pending.subject().name(), key.publicKey(), pending.notBefore(), pending.notAfter(),
                pending.subject().unitCode());
        byte[] certificateDer = CertificateAuthority.encoded(certificate);
        String esId = order.value() + "-" + type.name().charAt(0) + attempt;
        CaKey maker = ca.sealMaker(pending.family());
        byte[] seal = SesSeal.make(new SesSeal.Content(esId, SesSeal.Kind.of(type), pending.sealText(),
                List.of(certificateDer), pending.notBefore(), pending.notBefore(), pending.notAfter(), image.png(),
                (int) Math.round(image.widthMm()), (int) Math.round(image.heightMm())),
                CertificateAuthority.encoded(maker.certificate()), maker.family().signer(maker.key()));
        Seal stored = records.recordIssued(pending, certificateDer, esId, image.png(), seal);
        return new Issued(type, pending.serial(), certificateDer, stored.getEsId(), seal);
    }
}
