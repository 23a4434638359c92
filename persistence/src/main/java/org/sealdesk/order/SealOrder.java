package org.sealdesk.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;
import org.sealdesk.document.DocumentRole;

/**
 * An applicant's order (订单). Every change of status is one method here: it checks the move
 * against {@link OrderStatus}, records it in the timeline, and {@code @Version} keeps two
 * concurrent moves from both succeeding.
 */
@Entity
@Table(name = "seal_order")
@NamedQuery(name = "SealOrder.byNumber", query = "SELECT o FROM SealOrder o WHERE o.number = :number")
@NamedQuery(name = "SealOrder.awaitingPaymentSince",
        query = "SELECT o.id FROM SealOrder o WHERE o.status = org.sealdesk.order.OrderStatus.AWAITING_PAYMENT"
                + " AND o.submittedAt <= :submittedBefore ORDER BY o.submittedAt")
@NamedQuery(name = "SealOrder.inStatusOldestFirst",
        query = "SELECT o FROM SealOrder o WHERE o.status = :status ORDER BY o.submittedAt, o.id")
@NamedQuery(name = "SealOrder.ofAccount",
        query = "SELECT o FROM SealOrder o WHERE o.accountId = :accountId ORDER BY o.createdAt DESC, o.id DESC")
@NamedQuery(name = "SealOrder.aboutSeals", query = "SELECT DISTINCT o FROM SealOrder o JOIN o.seals s"
        + " WHERE s.sealId IN :sealIds AND o.kind = :kind AND o.status IN :statuses")
@NamedQuery(name = "SealOrder.countOfAccount", query = "SELECT COUNT(o) FROM SealOrder o WHERE o.accountId = :accountId")
@NamedQuery(name = "SealOrder.countOnFormerUkeyProof",
        query = "SELECT COUNT(o) FROM SealOrder o WHERE o.formerUkeyProofId = :proof")
public class SealOrder {

    static final String APPLICANT = "applicant";
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seal_order_seq")
    @SequenceGenerator(name = "seal_order_seq", sequenceName = "seal_order_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 18)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderStatus status;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "validity_years")
    private Integer validityYears;

    @Column(name = "amount_fen")
    private Long amountFen;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    /** When the order last entered review (paid, or resubmitted): the review queue's order. */
    @Column(name = "review_requested_at")
    private OffsetDateTime reviewRequestedAt;

    /** Whether the finished-order counts include this order: set by the job that counts, never here. */
    @Column(name = "in_finished_count", insertable = false, updatable = false)
    private boolean inFinishedCount;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(nullable = false)
    private boolean resubmitted;

    @Embedded
    private SealApplication application;

    @Embedded
    private MailingAddress mailing;

    /** What the applicant typed into a step that did not pass, encrypted; see {@link #keepUnsavedEntries}. */
    @Column(name = "unsaved_entries", length = 8000)
    private String unsavedEntries;

    /** The partner system whose entry link the applicant came through, if any. */
    @Column(name = "partner_app_id")
    private Long partnerAppId;

    /** ukey 更换: the proof that the applicant holds the former CA's ukey, and that ukey's certificate. */
    @Column(name = "former_ukey_proof_id")
    private Long formerUkeyProofId;

    @Column(name = "former_issuer", length = 500)
    private String formerIssuer;

    @Column(name = "former_serial", length = 64)
    private String formerSerial;

    /** Filled at submission: an enterprise order asks for two seals under one amount. */
    @ElementCollection
    @CollectionTable(name = "order_seal", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<SealRequest> seals = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt ASC, id ASC")
    private List<OrderEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected SealOrder() {
    }

    public static SealOrder draft(OrderKind kind, long accountId, OrderNumber number, Instant now) {
        SealOrder order = new SealOrder();
        order.kind = kind;
        order.accountId = accountId;
        order.number = number.value();
        order.createdAt = Utc.of(now);
        order.status = OrderStatus.DRAFT;
        order.events.add(new OrderEvent(order, null, OrderStatus.DRAFT, APPLICANT, null, now));
        return order;
    }

    /**
     * An order about seals the applicant holds (续期, 解锁, 补办): it names them, its years and, where a ukey is
     * posted, the mailing address, and awaits payment at once — there is nothing else to fill in.
     */
    public static SealOrder aboutSeals(OrderKind kind, long accountId, OrderNumber number, List<SealRequest> held,
            int years, Money amount, MailingAddress mailing, Instant now) {
        if (!kind.changesHeldSeals() || held.isEmpty() || held.stream().anyMatch(seal -> seal.getSealId() == null)) {
            throw new IllegalArgumentException("an order of kind " + kind + " names the seals it changes");
        }
        if (kind.isShipped() && (mailing == null || !mailing.isComplete())) {
            throw new IllegalArgumentException("an order of kind " + kind + " says where its ukey goes");
        }
        SealOrder order = draft(kind, accountId, number, now);
        order.mailing = mailing;
        order.seals.addAll(held);
        order.submit(years, amount, now);
        return order;
    }

    /**
     * A change (变更) of the names on held seals: a draft naming them, its application filled in from them, to be
     * corrected in the wizard; it buys no years (the new certificates end when the old ones do).
     */
    public static SealOrder change(long accountId, OrderNumber number, List<SealRequest> held, SealApplication current,
            Instant now) {
        if (held.isEmpty() || held.stream().anyMatch(seal -> seal.getSealId() == null)) {
            throw new IllegalArgumentException("a change names the seals it changes");
        }
        SealOrder order = draft(OrderKind.CHANGE, accountId, number, now);
        order.seals.addAll(held);
        order.application = current.copy();
        order.validityYears = 1;
        return order;
    }

    public void cameThrough(long partner) {
        ensureStatus(OrderStatus.DRAFT);
        partnerAppId = partner;
    }

    /**
     * ukey 更换 (允许替换): the draft stands on the former CA ukey proven in {@code proofId}, whose certificate
     * ({@code issuer}, {@code serial}) named what {@code fromCertificate} holds; the wizard completes it.
     */
    public void replaceFormerUkey(long proofId, String issuer, String serial, SealApplication fromCertificate) {
        ensureStatus(OrderStatus.DRAFT);
        if (!kind.replacesFormerUkey() || formerUkeyProofId != null) {
            throw new IllegalStateException("order " + number + " (" + kind + ") cannot stand on a former ukey");
        }
        formerUkeyProofId = proofId;
        formerIssuer = issuer;
        formerSerial = serial;
        application = fromCertificate;
    }

    /** Unit and legal representative, while the applicant may still edit the order. */
    public void describe(SealApplication details) {
        ensureEditable();
        application = details;
    }

    public void mailTo(MailingAddress address) {
        ensureEditable();
        mailing = address;
    }

    /**
     * Keeps, encrypted, what the applicant typed that did not pass its checks, so that the draft shows it again
     * to be corrected (null once every step passed).
     */
    public void keepUnsavedEntries(String entriesCipher) {
        ensureEditable();
        unsavedEntries = entriesCipher;
    }

    public String getUnsavedEntries() {
        return unsavedEntries;
    }

    public void chooseValidity(int years) {
        ensureEditable();
        validityYears = years;
    }

    /**
     * The seals this order makes, named from the application as it stands (manual 1.1: enterprise seal and legal
     * representative's seal together); fixed into {@link #getSeals()} at submission.
     */
    public List<SealRequest> sealsRequested() {
        if (kind.changesHeldSeals()) {
            return kind.isApplication() && application != null ? seals.stream().map(held -> SealRequest.about(
                    held.getSealId(), held.getType(), application.nameOn(held.getType()))).toList() : List.copyOf(seals);
        }
        if (application == null) {
            return List.of();
        }
        return kind.sealsMade().stream().map(type -> new SealRequest(type, application.nameOn(type))).toList();
    }

    /**
     * The seals the order makes, as the applicant sees them: named from the application while it can still change
     * (the confirm step, a correction), then as fixed at submission.
     */
    public List<SealRequest> sealsToMake() {
        return isEditable() ? sealsRequested() : getSeals();
    }

    /** Message keys of what is still missing before the order can be submitted; empty when complete. */
    public List<String> missingForSubmission(Set<DocumentRole> uploaded) {
        List<String> missing = new ArrayList<>();
        if (application == null || !application.isCompleteFor(kind)) {
            missing.add("order.missing.application");
        }
        if (validityYears == null) {
            missing.add("order.missing.years");
        }
        if (!uploaded.containsAll(kind.requiredDocuments())) {
            missing.add("order.missing.documents");
        }
        if (kind.isShipped() && (mailing == null || !mailing.isComplete())) {
            missing.add("order.missing.mailing");
        }
        return missing;
    }

    /** Documents and data may change in a draft, and in a rejected order being corrected. */
    public boolean isEditable() {
        return status == OrderStatus.DRAFT || status == OrderStatus.REJECTED;
    }

    public void ensureEditable() {
        if (!isEditable()) {
            throw new RuleViolation("order.notEditable", number);
        }
    }

    /** The applicant confirms the application; the amount comes from the price table. */
    public void submit(int years, Money amount, Instant now) {
        ensureStatus(OrderStatus.DRAFT);
        if (!kind.isPriced()) {
            throw new IllegalStateException("an order of kind " + kind + " is not paid for");
        }
        validityYears = years;
        amountFen = amount.fen();
        submittedAt = Utc.of(now);
        unsavedEntries = null;
        List<SealRequest> requested = sealsRequested();
        seals.clear();
        seals.addAll(requested);
        move(OrderStatus.AWAITING_PAYMENT, APPLICANT, null, now);
    }

    /**
     * The gateway reported the money for the payment attempt {@code outTradeNo}.
     *
     * @return true when the order took it and moved on; false when it no longer waits for money (closed
     *         meanwhile), so the money is to be refunded
     */
    public boolean acceptPayment(String outTradeNo, Instant now) {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            return false;
        }
        move(kind.afterPayment(), SYSTEM, outTradeNo, now);
        return true;
    }

    /** Submitted orders wait this long for their money, then close. */
    public Instant paymentDeadline(Duration limit) {
        ensureStatus(OrderStatus.AWAITING_PAYMENT);
        return getSubmittedAt().plus(limit);
    }

    /** Unpaid past the limit: its payment codes stop working. */
    public void close(Instant now) {
        ensureStatus(OrderStatus.AWAITING_PAYMENT);
        move(OrderStatus.CLOSED, SYSTEM, null, now);
    }

    public void approve(String reviewer, Instant now) {
        ensureStatus(OrderStatus.AWAITING_REVIEW);
        move(kind.afterReview(), reviewer, null, now);
    }

    public void reject(String reviewer, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("order.reject.reasonRequired");
        }
        move(OrderStatus.REJECTED, reviewer, reason, now);
        rejectionReason = reason;
    }

    /** The applicant corrected what the reviewer named (a name on a seal, perhaps); no second payment. */
    public void resubmit(Instant now) {
        ensureStatus(OrderStatus.REJECTED);
        move(OrderStatus.AWAITING_REVIEW, APPLICANT, null, now);
        resubmitted = true;
        unsavedEntries = null;
        List<SealRequest> requested = sealsRequested();
        seals.clear();
        seals.addAll(requested);
    }

    public void refund(String finance, String reason, Instant now) {
        move(OrderStatus.REFUNDED, finance, reason, now);
    }

    public void markProduced(String producer, Instant now) {
        ensureStatus(OrderStatus.AWAITING_PRODUCTION);
        move(OrderStatus.AWAITING_SHIPMENT, producer, null, now);
    }

    public void markShipped(String shipper, String waybill, Instant now) {
        move(OrderStatus.SHIPPED, shipper, waybill, now);
    }

    /** The parcel came back (refused, wrong address): it waits to be sent again, the reason in the timeline. */
    public void parcelReturned(String actor, String reason, Instant now) {
        ensureStatus(OrderStatus.SHIPPED);
        move(OrderStatus.AWAITING_SHIPMENT, actor, reason, now);
    }

    /** The applicant has the ukey (确认收货). */
    public void confirmReceipt(Instant now) {
        move(OrderStatus.DELIVERED, APPLICANT, null, now);
    }

    /** The applicant corrects where the ukey goes while it waits to be sent (after a returned parcel, typically). */
    public void correctMailing(MailingAddress address) {
        if (status != OrderStatus.AWAITING_SHIPMENT) {
            throw new RuleViolation("order.mailing.notNow", number);
        }
        mailing = address;
    }

    /**
     * A free order whose work is done the moment it is confirmed (注销): from draft straight to completed, with what
     * was done as the note.
     */
    public void completeAtOnce(String what, Instant now) {
        if (kind.isPriced()) {
            throw illegalMove(OrderStatus.COMPLETED);
        }
        move(OrderStatus.COMPLETED, APPLICANT, what, now);
    }

    public void completeOnlineUpdate(Instant now) {
        ensureStatus(OrderStatus.AWAITING_ONLINE_UPDATE);
        move(OrderStatus.COMPLETED, APPLICANT, null, now);
    }

    /** Money was taken for it and kept (an invoice can be asked for): paid, and not refunded. */
    public boolean isPaidFor() {
        return getAmount() != null && getAmount().fen() > 0 && status.isPaid();
    }

    /** Who the seals are for, as staff queues name the order: the unit, or the person for a personal seal. */
    public String holderName() {
        String unit = application == null ? null : application.getUnitName();
        return unit != null ? unit : seals.get(0).getHolderName();
    }

    public boolean isOwnedBy(long account) {
        return accountId == account;
    }

    private void ensureStatus(OrderStatus expected) {
        if (status != expected) {
            throw illegalMove(expected);
        }
    }

    private void move(OrderStatus target, String actor, String note, Instant now) {
        if (!status.canMoveTo(target)) {
            throw illegalMove(target);
        }
        events.add(new OrderEvent(this, status, target, actor, note, now));
        status = target;
        if (target == OrderStatus.AWAITING_REVIEW) {
            reviewRequestedAt = Utc.of(now);
        }
    }

    private RuleViolation illegalMove(OrderStatus target) {
        return new RuleViolation("order.move.illegal", number, status, target);
    }

    /** The optimistic-lock version: a reviewer's decision names the version they saw. */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public OrderNumber getNumber() {
        return new OrderNumber(number);
    }

    public OrderKind getKind() {
        return kind;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public long getAccountId() {
        return accountId;
    }

    public Integer getValidityYears() {
        return validityYears;
    }

    public Money getAmount() {
        return amountFen == null ? null : Money.ofFen(amountFen);
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }

    public Instant getSubmittedAt() {
        return Utc.instant(submittedAt);
    }

    public SealApplication getApplication() {
        return application;
    }

    public MailingAddress getMailing() {
        return mailing;
    }

    public Long getPartnerAppId() {
        return partnerAppId;
    }

    public Long getFormerUkeyProofId() {
        return formerUkeyProofId;
    }

    public String getFormerIssuer() {
        return formerIssuer;
    }

    public String getFormerSerial() {
        return formerSerial;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getReviewRequestedAt() {
        return Utc.instant(reviewRequestedAt);
    }

    public boolean isResubmitted() {
        return resubmitted;
    }

    public List<SealRequest> getSeals() {
        return Collections.unmodifiableList(seals);
    }

    public List<OrderEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
