package org.sealdesk.seal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sealdesk.account.Account;
import org.sealdesk.account.AccountService;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.audit.Origin;
import org.sealdesk.ca.CertificateRevocation;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.RevocationReason;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.sms.SentCode;
import org.sealdesk.sms.SmsCodeService;
import org.sealdesk.sms.SmsGateway;
import org.sealdesk.sms.SmsPurpose;
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

    @Inject
    SmsCodeService smsCodes;

    @Inject
    SmsGateway sms;

    @Inject
    CertificateRevocation revocation;

    @Inject
    AuditLog audit;

    @Inject
    Origin origin;

    @Resource
    SessionContext session;

    /** Sends the code that confirms a cancellation, to the signed-in applicant's own mobile number. */
    public SentCode requestCancellationCode() {
        return smsCodes.send(accounts.signedIn().getMobile(), SmsPurpose.CANCEL_SEAL, origin.source());
    }

    /**
     * 注销 (manual 1.3.4): the chosen seals — the applicant's own, active, on one ukey (an enterprise may cancel its
     * unit seal and its legal representative's seal together or one of them) — are cancelled and their certificates
     * revoked at once (cessationOfOperation), with those of the seals they renewed, under a new order of kind
     * CANCELLATION, completed; an SMS confirms it.
     *
     * @return the cancellation order's number
     * @throws RuleViolation seal.cancel.noneChosen, seal.notFound (another's or unknown), seal.cancel.notActive,
     *     seal.cancel.severalUkeys, then sms.code.* for the code (a wrong try is counted)
     */
    public String cancel(List<String> esIds, String code) {
        Account applicant = accounts.signedIn();
        if (esIds == null || esIds.isEmpty()) {
            throw new RuleViolation("seal.cancel.noneChosen");
        }
        List<Seal> chosen = esIds.stream().distinct().map(esId -> seals.byEsId(esId)
                .filter(seal -> seal.getOwnerAccountId() == applicant.getId()).orElseThrow(
                        () -> new RuleViolation("seal.notFound"))).toList();
        if (chosen.stream().anyMatch(seal -> seal.getStatus() != SealStatus.ACTIVE)) {
            throw new RuleViolation("seal.cancel.notActive");
        }
        if (chosen.stream().map(Seal::getOrderId).distinct().count() > 1) {
            throw new RuleViolation("seal.cancel.severalUkeys");
        }
        smsCodes.redeem(applicant.getMobile(), SmsPurpose.CANCEL_SEAL, code);

        Instant now = clock.instant();
        SealOrder order = SealOrder.draft(OrderKind.CANCELLATION, applicant.getId(),
                OrderNumber.next(ServiceZone.dayOf(now)), now);
        em.persist(order);
        em.flush();
        String number = order.getNumber().value();
        String inWords = inWords(chosen);
        for (Seal seal : chosen) {
            em.lock(seal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            seal.cancel(order.getId(), now);
            for (Seal version = seal; version != null; version = renewed(version)) {
                revocation.revoke(certificate(version), RevocationReason.CESSATION_OF_OPERATION, caller(), number);
            }
        }
        order.completeAtOnce("注销" + inWords, now);
        sms.sendSealsCancelled(applicant.getMobile(), number, inWords);
        audit.success(caller(), "seal.cancel", number, chosen.stream().map(Seal::getEsId).toList().toString());
        return number;
    }

    /** The signed-in applicant's seals, newest first (none discarded). */
    public List<SealView> mine() {
        return seals.ofOwner(accounts.signedIn().getId()).stream().map(this::view).toList();
    }

    /** The seals one of the applicant's orders produced. @throws RuleViolation order.notFound */
    public List<SealView> ofOrder(String number) {
        SealOrder order = orders.ownedBy(accounts.signedIn().getId(), OrderNumber.sought(number), LockModeType.NONE);
        return seals.ofOrder(order.getId()).stream().map(this::view).toList();
    }

    /** The held seals one of the applicant's orders is about (a renewal's), as they stand. @throws RuleViolation order.notFound */
    public List<SealView> namedBy(String number) {
        SealOrder order = orders.ownedBy(accounts.signedIn().getId(), OrderNumber.sought(number), LockModeType.NONE);
        return order.getSeals().stream().filter(request -> request.getSealId() != null)
                .map(request -> view(em.find(Seal.class, request.getSealId()))).toList();
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

    /**
     * The seal a renewal replaced with {@code seal}, if any: its certificate, superseded but not revoked, stops being
     * trusted too when the seal is cancelled.
     */
    private Seal renewed(Seal seal) {
        return orders.byId(seal.getOrderId(), LockModeType.NONE).getSeals().stream()
                .filter(request -> request.getType() == seal.getType() && request.getSealId() != null).findFirst()
                .map(request -> em.find(Seal.class, request.getSealId())).orElse(null);
    }

    /** As the SMS names them: 企业公章（肇庆市某某有限公司）、法定代表人签名章（王小明）. */
    static String inWords(List<Seal> chosen) {
        return String.join("、", chosen.stream().map(seal -> switch (seal.getType()) {
            case ENTERPRISE -> "企业公章";
            case LEGAL_REPRESENTATIVE_SIGNATURE -> "法定代表人签名章";
            case PERSONAL_SIGNATURE -> "个人签名章";
        } + "（" + seal.getText() + "）").toList());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Certificate certificate(Seal seal) {
        return em.find(Certificate.class, seal.getCertificateId());
    }
}
