package org.sealdesk.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.sealdesk.account.Account;
import org.sealdesk.account.IdentityCheck;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.identity.CreditCode;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderRecords;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealApplication;
import org.sealdesk.order.SealOrder;
import org.sealdesk.order.StoredFile;
import org.sealdesk.partner.PartnerService;
import org.sealdesk.replacement.FormerCertificate;
import org.sealdesk.replacement.FormerUkeyProof;
import org.sealdesk.sms.SmsGateway;
import org.sealdesk.staff.Roles;

/**
 * 订单审核 (manual 1.2.7): the queue of paid orders, the review of one, and the decision. A decision
 * names the order version the reviewer saw; if another reviewer decided meanwhile, it is refused
 * with a clear message instead of overwriting. Every document view and decision is audited.
 */
@Stateless
@RolesAllowed(Roles.REVIEWER)
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());
    private static final Map<String, String> SORTABLE = Map.of("waitingSince", "o.reviewRequestedAt",
            "submittedAt", "o.submittedAt", "number", "o.number", "unitName", "o.application.unitName",
            "kind", "o.kind");

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    OrderRecords records;

    @Inject
    PartnerService partners;

    @Inject
    SmsGateway sms;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The partner apps an order may have come through, by id in name order: the queue's filter offers them. */
    public Map<Long, String> partnerNames() {
        return partners.names();
    }

    /** How many orders in the queue match the filter. */
    public long queueSize(ReviewFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM SealOrder o" + whereClause(filter, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One page of the queue, oldest first unless another sort is asked for; {@code sortField} is a row property. */
    public List<ReviewQueueRow> queue(ReviewFilter filter, int first, int pageSize, String sortField,
            boolean descending) {
        Map<String, Object> parameters = new HashMap<>();
        String where = whereClause(filter, parameters);
        String order = SORTABLE.getOrDefault(sortField == null ? "waitingSince" : sortField, "o.reviewRequestedAt")
                + (descending ? " DESC" : " ASC");
        TypedQuery<SealOrder> page = em.createQuery("SELECT o FROM SealOrder o" + where + " ORDER BY " + order
                + ", o.id", SealOrder.class);
        parameters.forEach(page::setParameter);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultStream()
                .map(this::row).toList();
    }

    private static String whereClause(ReviewFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("o.status = :status");
        parameters.put("status", OrderStatus.AWAITING_REVIEW);
        if (filter.kind() != null) {
            conditions.add("o.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.submittedFrom() != null) {
            conditions.add("o.submittedAt >= :from");
            parameters.put("from", ServiceZone.startOf(filter.submittedFrom()));
        }
        if (filter.submittedTo() != null) {
            conditions.add("o.submittedAt < :to");
            parameters.put("to", ServiceZone.endOf(filter.submittedTo()));
        }
        if (filter.partnerId() != null) {
            conditions.add("o.partnerAppId = :partner");
            parameters.put("partner", filter.partnerId());
        }
        if (filter.unitName() != null && !filter.unitName().isBlank()) {
            conditions.add("LOWER(o.application.unitName) LIKE :unitName");
            parameters.put("unitName", "%" + likeEscaped(filter.unitName().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.creditCode() != null && !filter.creditCode().isBlank()) {
            conditions.add("o.application.creditCode LIKE :creditCode");
            parameters.put("creditCode", likeEscaped(filter.creditCode().strip().toUpperCase(Locale.ROOT)) + "%");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static String likeEscaped(String text) {
        return text.replace("%", "").replace("_", "");
    }

    private ReviewQueueRow row(SealOrder order) {
        SealApplication application = order.getApplication();
        return new ReviewQueueRow(order.getNumber().value(), order.getKind(),
                application == null ? null : application.getUnitName(),
                application == null ? null : application.getCreditCode(),
                application == null ? null : application.getLegalRepName(),
                order.getPartnerAppId() == null ? null : partners.nameOf(order.getPartnerAppId()), order.getAmount(),
                order.getSubmittedAt(), order.getReviewRequestedAt(), order.isResubmitted());
    }

    /** Opening an order shows the full ID number: audited. */
    public ReviewCase open(String number) {
        SealOrder order = find(number, LockModeType.NONE);
        Account applicant = em.find(Account.class, order.getAccountId());
        SealApplication application = order.getApplication();
        String idNumber = application == null ? null : records.decryptIdNumber(application);
        FormerCertificate former = order.getFormerUkeyProofId() == null ? null
                : FormerCertificate.of(em.find(FormerUkeyProof.class, order.getFormerUkeyProofId()).getCertificateDer());
        audit.success(caller(), "order.open", number, null);
        return new ReviewCase(records.view(order), order.getVersion(), applicant.getMobile().value(),
                applicant.getRealName(), idNumber, hints(order, applicant, idNumber, former), order.isResubmitted(),
                former == null ? null : new ReviewCase.Former(former.issuer(), former.serial(), former.subject(),
                        former.notBefore(), former.notAfter()));
    }

    /** @param former the certificate a ukey replacement stands on; null for other orders */
    static List<ReviewCase.Hint> hints(SealOrder order, Account applicant, String idNumber, FormerCertificate former) {
        List<ReviewCase.Hint> hints = new ArrayList<>();
        SealApplication application = order.getApplication();
        if (application == null) {
            return hints;
        }
        if (former != null) {
            formerHints(hints, order, application, former);
        }
        if (order.getKind().namesUnit()) {
            hints.add(new ReviewCase.Hint(CreditCode.isValid(application.getCreditCode()) ? "review.hint.creditCode.ok"
                    : "review.hint.creditCode.bad", CreditCode.isValid(application.getCreditCode()),
                    List.of(Objects.toString(application.getCreditCode(), ""))));
        }
        if (idNumber != null && IdCardNumber.isValid(idNumber)) {
            hints.add(new ReviewCase.Hint("review.hint.idNumber.ok", true,
                    List.of(new IdCardNumber(idNumber).birthDate().toString())));
        } else {
            hints.add(new ReviewCase.Hint("review.hint.idNumber.bad", false, List.of()));
        }
        String realName = applicant.getRealName();
        IdentityCheck check = applicant.getIdentityCheck();
        if (check != null) {
            hints.add(new ReviewCase.Hint("review.hint.identityCheck." + check.name(), check == IdentityCheck.PROVIDER_MATCH,
                    List.of(Objects.toString(realName, ""))));
        }
        IdentityCheck legalRepCheck = application.getLegalRepCheck();
        if (legalRepCheck != null) {
            hints.add(new ReviewCase.Hint("review.hint.legalRepCheck." + legalRepCheck.name(),
                    legalRepCheck == IdentityCheck.PROVIDER_MATCH, List.of(Objects.toString(application.getLegalRepName(), ""))));
        }
        boolean same = Objects.equals(realName, application.getLegalRepName());
        List<String> names = List.of(Objects.toString(application.getLegalRepName(), ""), Objects.toString(realName, ""));
        if (!order.getKind().namesUnit()) {
            hints.add(new ReviewCase.Hint(same ? "review.hint.name.same" : "review.hint.name.different", same, names));
        } else {
            // an agent needs the legal representative's authorisation; the legal representative applying does not
            hints.add(new ReviewCase.Hint(same ? "review.hint.name.legalRepApplies" : "review.hint.name.agent", true,
                    names));
        }
        return hints;
    }

    /** What the application names against what the former certificate did: a mismatch is the reviewer's to weigh. */
    private static void formerHints(List<ReviewCase.Hint> hints, SealOrder order, SealApplication application,
            FormerCertificate former) {
        if (order.getKind().namesUnit()) {
            String certified = former.organisation() != null ? former.organisation() : former.commonName();
            hints.add(sameOrNot("review.hint.former.unit", application.getUnitName(), certified));
            if (former.creditCode() != null) {
                hints.add(sameOrNot("review.hint.former.creditCode", application.getCreditCode(), former.creditCode()));
            }
        } else {
            hints.add(sameOrNot("review.hint.former.name", application.getLegalRepName(), former.commonName()));
        }
    }

    private static ReviewCase.Hint sameOrNot(String key, String typed, String certified) {
        boolean same = Objects.equals(typed, certified);
        return new ReviewCase.Hint(key + (same ? ".same" : ".different"), same,
                List.of(Objects.toString(typed, ""), Objects.toString(certified, "")));
    }

    /** A scan of the order, for the reviewer's viewer: audited. */
    public StoredFile document(String number, DocumentRole role) {
        SealOrder order = find(number, LockModeType.NONE);
        StoredFile file = records.file(order, role);
        audit.success(caller(), "order.document.view", number, role.name());
        return file;
    }

    public void approve(String number, long seenVersion) {
        SealOrder order = decidable(number, seenVersion, "order.approve");
        order.approve(caller(), clock.instant());
        audit.success(caller(), "order.approve", number, null);
        LOG.info(() -> "Order " + number + " approved by " + caller());
    }

    /** Sends the order back with the reason, which the applicant reads on the order and by SMS. */
    public void reject(String number, long seenVersion, String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            throw new RuleViolation("order.reject.reasonRequired");
        }
        if (why.length() > 500) {
            throw new RuleViolation("review.reason.tooLong", 500);
        }
        SealOrder order = decidable(number, seenVersion, "order.reject");
        order.reject(caller(), why, clock.instant());
        Account applicant = em.find(Account.class, order.getAccountId());
        sms.sendOrderRejected(applicant.getMobile(), number, why);
        audit.success(caller(), "order.reject", number, why);
        LOG.info(() -> "Order " + number + " rejected by " + caller() + " (SMS to " + applicant.getMobile().masked() + ")");
    }

    /** Locks the order, then refuses unless it is still the version the reviewer saw and still awaits review. */
    private SealOrder decidable(String number, long seenVersion, String action) {
        SealOrder order = find(number, LockModeType.PESSIMISTIC_WRITE);
        if (order.getVersion() != seenVersion || order.getStatus() != OrderStatus.AWAITING_REVIEW) {
            audit.refused(caller(), action, number, "decided meanwhile: now " + order.getStatus());
            throw new RuleViolation("review.decidedMeanwhile", number);
        }
        return order;
    }

    private SealOrder find(String number, LockModeType lock) {
        return orders.byNumber(OrderNumber.sought(number), lock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
