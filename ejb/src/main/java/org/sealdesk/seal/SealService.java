package org.sealdesk.seal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.sealdesk.account.AccountService;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.staff.Roles;

/**
 * The applicant's seals (证章信息, where after-sales starts): each with its certificate, validity and ukey, and its
 * files — the certificate (DER), the GB/T 38540 seal (DER), the image. Another applicant's seal is unknown.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class SealService {

    /** A file of a seal, with what to call it. */
    public record SealFile(byte[] content, String contentType, String fileName) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Seals seals;

    @Inject
    Orders orders;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /** The signed-in applicant's seals, newest first (none discarded). */
    public List<SealView> mine() {
        return seals.ofOwner(accounts.signedIn().getId()).stream().map(this::view).toList();
    }

    /** The seals one of the applicant's orders produced. @throws RuleViolation order.notFound */
    public List<SealView> ofOrder(String number) {
        SealOrder order = orders.ownedBy(accounts.signedIn().getId(), OrderNumber.sought(number), LockModeType.NONE);
        return seals.ofOrder(order.getId()).stream().map(this::view).toList();
    }

    /**
     * @param name certificate.cer, seal.der or image.png
     * @throws RuleViolation seal.notFound for another applicant's seal, a discarded one or an unknown file
     */
    public SealFile file(String esId, String name) {
        Seal seal = seals.byEsId(esId).filter(found -> found.getOwnerAccountId() == accounts.signedIn().getId()
                && found.getStatus() != SealStatus.DISCARDED).orElseThrow(() -> new RuleViolation("seal.notFound"));
        return switch (name) {
            case "certificate.cer" -> new SealFile(certificate(seal).getDer(), "application/pkix-cert",
                    seal.getEsId() + ".cer");
            case "seal.der" -> new SealFile(seal.getStructureDer(), "application/octet-stream",
                    seal.getEsId() + ".seal.der");
            case "image.png" -> new SealFile(seal.getImagePng(), "image/png", seal.getEsId() + ".png");
            default -> throw new RuleViolation("seal.notFound");
        };
    }

    private SealView view(Seal seal) {
        Certificate certificate = certificate(seal);
        return new SealView(seal.getEsId(), seal.getType(), seal.getHolderName(), seal.getText(), seal.getStatus(),
                certificate.getSerial(), certificate.getStatus(), seal.getValidFrom(), seal.getValidTo(),
                Duration.between(clock.instant(), seal.getValidTo()).toDays(), seal.getUkeySerial(),
                orders.byId(seal.getOrderId(), LockModeType.NONE).getNumber().value());
    }

    private Certificate certificate(Seal seal) {
        return em.find(Certificate.class, seal.getCertificateId());
    }
}
