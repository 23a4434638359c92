package org.sealdesk.ca;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import org.sealdesk.account.IdentityCheck;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificationRequestCheck.CertifiableKey;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderRecords;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealApplication;
import org.sealdesk.order.SealOrder;
import org.sealdesk.order.SealRequest;
import org.sealdesk.order.SealType;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.staff.Roles;

/**
 * The two short transactions around a signature: the certificate recorded as PENDING before it is signed, then the
 * signed certificate and the seal made with it stored and audited. Nothing here signs, so no transaction stays open
 * while the CA works.
 */
@Stateless
@RolesAllowed(Roles.PRODUCER)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IssuanceRecords {

    /** What the CA is to sign, as recorded. */
    record Pending(long certificateId, String serial, CaFamily family, HolderSubject subject, Instant notBefore,
            Instant notAfter, long orderId, String orderNumber, int attempt, SealType type, Seal.Holder holder,
            String sealText,
            byte[] imagePng) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Certificates certificates;

    @Inject
    OrderRecords records;

    @Inject
    DataCipher cipher;

    @Inject
    SealDeskMode mode;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * @throws RuleViolation production.notAwaiting, order.notFound (the order makes no such seal),
     *     certificate.identityNotVerified (outside demo mode), certificate.csr.keyReused
     */
    public Pending recordPending(OrderNumber number, int attempt, SealType type, CertifiableKey key) {
        SealOrder order = orders.byNumber(number, LockModeType.NONE);
        if (order.getStatus() != OrderStatus.AWAITING_PRODUCTION) {
            throw new RuleViolation("production.notAwaiting");
        }
        SealRequest request = order.getSeals().stream().filter(seal -> seal.getType() == type).findFirst()
                .orElseThrow(() -> new RuleViolation("order.notFound"));
        if (request.getSealId() != null) {
            return heldPending(order, attempt, request, key);
        }
        Instant now = clock.instant();
        return named(order, attempt, request, key, now.atZone(ServiceZone.ZONE)
                .plus(Period.ofYears(order.getValidityYears())).toInstant());
    }

    /**
     * A certificate and seal for whom the order's application names now: a new seal's, or a held one's after a
     * change (变更) until {@code notAfter}.
     */
    private Pending named(SealOrder order, int attempt, SealRequest request, CertifiableKey key, Instant notAfter) {
        SealType type = request.getType();
        boolean person = type != SealType.ENTERPRISE;
        if (person && !mode.isDemo() && order.getApplication().getLegalRepCheck() != IdentityCheck.PROVIDER_MATCH) {
            throw new RuleViolation("certificate.identityNotVerified");
        }
        SealApplication application = order.getApplication();
        HolderSubject subject = HolderSubject.of(type, request.getHolderName(), application.getUnitName(),
                application.getCreditCode(),
                person ? cipher.keyedHash("certificate.subject", records.decryptIdNumber(application)) : null);
        return pending(order, attempt, type, key, subject, clock.instant(), notAfter, new Seal.Holder(
                order.getAccountId(), request.getHolderName(), application.getUnitName(), subject.unitCode()),
                request.getHolderName(), records.sealImage(order, type));
    }

    /**
     * A rekeying's certificate for the held seal of {@code type} that the order names (renewal, change).
     *
     * @throws RuleViolation heldSeal.notAwaiting, order.notFound (the order names no such seal), heldSeal.notActive,
     *     certificate.csr.keyReused, certificate.identityNotVerified
     */
    @RolesAllowed(Roles.APPLICANT)
    public Pending recordRekeyPending(OrderNumber number, int attempt, SealType type, CertifiableKey key) {
        SealOrder order = orders.byNumber(number, LockModeType.NONE);
        if (order.getStatus() != OrderStatus.AWAITING_ONLINE_UPDATE || !order.getKind().rekeysOnline()) {
            throw new RuleViolation("heldSeal.notAwaiting");
        }
        return heldPending(order, attempt, order.getSeals().stream().filter(seal -> seal.getType() == type)
                .findFirst().orElseThrow(() -> new RuleViolation("order.notFound")), key);
    }

    /**
     * The next certificate of a held seal the order names, until the old end (plus the years bought, for a renewal):
     * after a change, for whom the application names now; otherwise with the old certificate's subject, the seal
     * keeping its holder, text and image (renewal, reissue).
     */
    private Pending heldPending(SealOrder order, int attempt, SealRequest request, CertifiableKey key) {
        Seal held = em.find(Seal.class, request.getSealId());
        if (held.getStatus() != SealStatus.ACTIVE || held.getOwnerAccountId() != order.getAccountId()) {
            throw new RuleViolation("heldSeal.notActive");
        }
        Certificate old = em.find(Certificate.class, held.getCertificateId());
        Instant notAfter = order.getKind().extendsValidity() ? old.getNotAfter().atZone(ServiceZone.ZONE)
                .plus(Period.ofYears(order.getValidityYears())).toInstant() : old.getNotAfter();
        if (order.getKind().isApplication()) {
            return named(order, attempt, request, key, notAfter);
        }
        HolderSubject subject = new HolderSubject(org.bouncycastle.asn1.x509.Certificate.getInstance(old.getDer())
                .getSubject(), request.getType() == SealType.ENTERPRISE ? held.getCreditCode() : null);
        return pending(order, attempt, request.getType(), key, subject, clock.instant(), notAfter,
                new Seal.Holder(held.getOwnerAccountId(), held.getHolderName(), held.getUnitName(),
                        held.getCreditCode()), held.getText(), held.getImagePng());
    }

    private Pending pending(SealOrder order, int attempt, SealType type, CertifiableKey key, HolderSubject subject,
            Instant now, Instant notAfter, Seal.Holder holder, String sealText, byte[] imagePng) {
        if (certificates.certifiedBefore(key.sha256())) {
            throw new RuleViolation("certificate.csr.keyReused");
        }
        String serial = CertificateProfile.newSerial().toString(16);
        Certificate certificate = Certificate.pending(new Certificate.Request(serial,
                key.family().alias(CaRole.ISSUING), subject.name().toString(), now, notAfter, key.algorithm(),
                key.sha256(), order.getId(), type, attempt), now);
        em.persist(certificate);
        em.flush();
        return new Pending(certificate.getId(), serial, key.family(), subject, now, notAfter, order.getId(),
                order.getNumber().value(), attempt, type, holder, sealText, imagePng);
    }

    /** The signed certificate and the seal listing it, stored and audited. */
    @RolesAllowed({Roles.PRODUCER, Roles.APPLICANT})
    public Seal recordIssued(Pending pending, byte[] certificateDer, String esId, byte[] sealDer) {
        Instant now = clock.instant();
        // The update checks the row's version anyway; no second read of it at commit.
        Certificate certificate = em.find(Certificate.class, pending.certificateId(), LockModeType.NONE);
        certificate.signed(certificateDer, now);
        Seal seal = Seal.made(esId, pending.orderId(), pending.attempt(), pending.type(), pending.holder(),
                pending.sealText(), pending.imagePng(), sealDer, certificate.getId(), pending.notBefore(), pending.notAfter(),
                now);
        em.persist(seal);
        audit.success(session.getCallerPrincipal().getName(), "certificate.issue", pending.orderNumber(),
                pending.type() + " attempt " + pending.attempt() + ": certificate " + pending.serial() + " ("
                        + certificate.getKeyAlgorithm() + "), seal " + esId);
        return seal;
    }
}
