package org.sealdesk.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.account.Account;
import org.sealdesk.account.AccountService;
import org.sealdesk.account.IdentityChecks;
import org.sealdesk.account.IdentityVerifier;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.common.Validation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.document.DocumentStore;
import org.sealdesk.document.DocumentType;
import org.sealdesk.document.OrderDocument;
import org.sealdesk.document.UploadInspector;
import org.sealdesk.identity.CreditCode;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.identity.PersonName;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.seal.Seal;

/**
 * The applicant's side of orders (manual 1.2.5): drafts filled step by step, scans, the impression
 * form, submission at the price table's amount. Every call acts for the signed-in applicant and
 * only on their own orders: anyone else's order is "not found".
 */
@Stateless
@RolesAllowed(AccountService.APPLICANT)
public class OrderService {

    /** The wizard steps whose unsaved entries are kept (their forms' field ids inside). */
    public static final String APPLICANT_STEP = "applicant";
    public static final String MAILING_STEP = "mailing";

    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());
    /** The most orders one page shows: what a caller asks beyond it costs the database nothing. */
    private static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    IdentityChecks identityChecks;

    @Inject
    Orders orders;

    @Inject
    Clock clock;

    @Inject
    OrderRecords records;

    @Inject
    DocumentStore documents;

    @Inject
    PriceTable prices;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "sealdesk.upload.max-bytes", defaultValue = "10485760")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "sealdesk.pdf.font")
    Optional<String> pdfFont;

    /**
     * Applications for new seals need a verified applicant (manual 1.2.4).
     *
     * @param partnerId the partner app whose entry link the applicant followed, or null
     * @return the new draft's number
     */
    public String startDraft(OrderKind kind, Long partnerId) {
        if (kind.sealsMade().isEmpty()) {
            throw new IllegalArgumentException(kind + " starts from the seals it is about");
        }
        Account applicant = caller();
        if (!applicant.isIdentityVerified()) {
            throw new RuleViolation("order.realNameRequired");
        }
        Instant now = clock.instant();
        SealOrder order = SealOrder.draft(kind, applicant.getId(), orders.unusedNumber(ServiceZone.dayOf(now)), now);
        if (partnerId != null) {
            order.cameThrough(partnerId);
        }
        em.persist(order);
        LOG.info(() -> "Applicant " + applicant.getId() + " started " + kind + " order " + order.getNumber()
                + (partnerId == null ? "" : " through partner " + partnerId));
        return order.getNumber().value();
    }

    /** One page of the signed-in applicant's orders, newest first. */
    public List<OrderSummary> myOrders(int first, int max) {
        return orders.ofAccount(caller().getId(), first, Math.min(max, MAX_PAGE)).stream().map(OrderSummary::of)
                .toList();
    }

    public long myOrderCount() {
        return orders.countOfAccount(caller().getId());
    }

    public OrderView find(String number) {
        return view(owned(number));
    }

    /**
     * Saves the first step: what passes its checks is kept on the order, what does not is kept as typed
     * (encrypted) to be shown again; then every refusal is reported at once.
     */
    public OrderView describe(String number, ApplicationDetails details) {
        SealOrder order = owned(number);
        order.ensureEditable();
        boolean enterprise = order.getKind().namesUnit();
        Validation checks = new Validation();
        String unitName = enterprise ? checks.check("unitName",
                () -> Validation.required(details.unitName(), 100, "validation.unitName.required")) : null;
        String creditCode = enterprise ? checks.check("creditCode",
                () -> sameUnit(order, new CreditCode(details.creditCode()).value())) : null;
        String unitAddress = enterprise ? checks.check("unitAddress",
                () -> Validation.required(details.unitAddress(), 200, "validation.unitAddress.required")) : null;
        PersonName name = checks.check("realName", () -> new PersonName(details.legalRepName()));
        MobileNumber mobile = checks.check("mobile", () -> new MobileNumber(details.legalRepMobile()));
        SealApplication saved = order.getApplication();
        String idCipher = null;
        String idMasked = null;
        IdCardNumber idNumber = null;
        String savedIdNumber = saved == null ? null : records.decryptIdNumber(saved);
        if ((details.legalRepIdNumber() == null || details.legalRepIdNumber().isBlank()) && savedIdNumber != null) {
            idCipher = saved.getLegalRepIdCipher(); // left empty on a resumed draft: keep what was entered
            idMasked = saved.getLegalRepIdMasked();
            idNumber = new IdCardNumber(savedIdNumber);
        } else {
            idNumber = checks.check("idNumber", () -> new IdCardNumber(details.legalRepIdNumber()));
            if (idNumber != null) {
                idCipher = records.encryptIdNumber(idNumber.value());
                idMasked = idNumber.masked();
            }
        }
        SealApplication described = new SealApplication(unitName, creditCode, unitAddress,
                name == null ? null : name.value(), idCipher, idMasked, mobile == null ? null : mobile.value());
        if (saved != null && saved.getLegalRepCheck() != null && name != null && idNumber != null
                && name.value().equals(saved.getLegalRepName()) && idNumber.value().equals(savedIdNumber)) {
            described = described.checked(saved.getLegalRepCheck(), saved.getLegalRepCheckRequestId());
        }
        order.describe(described);
        records.keepUnsavedEntries(order, APPLICANT_STEP, checks, details.byField());
        checks.done();
        ensureNamedPersonChecked(order);
        return view(order);
    }

    /** A change (变更) keeps the unit: another credit code is another unit, which applies anew. */
    private String sameUnit(SealOrder order, String creditCode) {
        if (heldSeals(order).stream().anyMatch(seal -> seal.getCreditCode() != null
                && !seal.getCreditCode().equals(creditCode))) {
            throw new RuleViolation("change.otherUnit");
        }
        return creditCode;
    }

    private List<Seal> heldSeals(SealOrder order) {
        return order.getSeals().stream().filter(request -> request.getSealId() != null)
                .map(request -> em.find(Seal.class, request.getSealId())).toList();
    }

    /**
     * The person the application names (the legal representative, or the personal seal's holder) is checked by the
     * real-name verifier, as the applicant was, before the order can be paid; the outcome is kept on the order.
     */
    private void ensureNamedPersonChecked(SealOrder order) {
        SealApplication application = order.getApplication();
        if (application == null || application.getLegalRepCheck() != null || application.getLegalRepName() == null
                || application.getLegalRepIdCipher() == null) {
            return;
        }
        IdentityVerifier.Verification passed = identityChecks.check(caller(),
                new PersonName(application.getLegalRepName()), new IdCardNumber(records.decryptIdNumber(application)));
        order.describe(application.checked(passed.check(), passed.requestId()));
    }

    public OrderView chooseValidity(String number, int years) {
        SealOrder order = owned(number);
        prices.price(order.getKind(), years);
        order.chooseValidity(years);
        return view(order);
    }

    /** Saves the mailing step as {@link #describe} saves the first: what passes is kept, all refusals at once. */
    public OrderView mailTo(String number, MailingDetails details) {
        SealOrder order = owned(number);
        order.ensureEditable();
        Validation checks = new Validation();
        order.mailTo(MailingAddress.checked(checks, details.recipient(), details.mobile(), details.province(),
                details.city(), details.district(), details.street()));
        records.keepUnsavedEntries(order, MAILING_STEP, checks, details.byField());
        checks.done();
        return view(order);
    }

    /** The largest scan accepted, for the pages to say. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Checks the bytes (type, completeness, size), encrypts and keeps them; replaces an earlier scan of the role. */
    public OrderView upload(String number, DocumentRole role, String fileName, byte[] content) {
        SealOrder order = owned(number);
        order.ensureEditable();
        if (!order.getKind().requiredDocuments().contains(role)) {
            throw new RuleViolation("upload.notForThisOrder");
        }
        DocumentType type = new UploadInspector(maxUploadBytes).inspect(content);
        records.documentOf(order, role).ifPresent(records::removeDocument);
        em.flush();
        byte[] cipher = records.encryptDocument(content);
        String storeKey = documents.keep(cipher);
        em.persist(new OrderDocument(order.getId(), role, type, fileName == null ? null : fileName.strip(),
                content.length, sha256(content), storeKey == null ? cipher : null, storeKey, clock.instant()));
        LOG.info(() -> "Order " + number + ": " + role + " uploaded (" + type + ", " + content.length + " bytes)");
        return view(order);
    }

    public StoredFile document(String number, DocumentRole role) {
        return records.file(owned(number), role);
    }

    /** The image of one of the seals an order makes (PNG), to check its text before it is made; or a held one. */
    public byte[] sealImage(String number, SealImage image) {
        return records.sealImage(owned(number), image);
    }

    /** The seal impression form, pre-filled from the order (PDF). */
    public byte[] impressionForm(String number) {
        SealOrder order = owned(number);
        SealApplication application = order.getApplication();
        if (application == null) {
            throw new RuleViolation("order.missing.application");
        }
        ImpressionForm form = new ImpressionForm(number, order.getKind(), application.getUnitName(),
                application.getCreditCode(), application.getLegalRepName());
        return new ImpressionFormPdf(CjkFont.of(pdfFont)).render(form);
    }

    /** The applicant confirms; the order then awaits payment of the price table's amount. */
    public OrderView submit(String number) {
        SealOrder order = owned(number);
        List<String> missing = order.missingForSubmission(records.uploadedRoles(order));
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing.get(0));
        }
        if (order.getKind().changesHeldSeals() && order.sealsRequested().stream().allMatch(request -> em.find(
                Seal.class, request.getSealId()).getText().equals(request.getHolderName()))) {
            throw new RuleViolation("change.nothingChanged");
        }
        ensureNamedPersonChecked(order);
        records.keepSealImages(order);
        if (order.getStatus() == OrderStatus.REJECTED) {
            order.resubmit(clock.instant()); // corrected after a rejection: back to review, paid already
            LOG.info(() -> "Order " + number + " corrected and resubmitted for review");
            return view(order);
        }
        order.submit(order.getValidityYears(), prices.price(order.getKind(), order.getValidityYears()), clock.instant());
        LOG.info(() -> "Order " + number + " submitted, awaiting payment of " + order.getAmount());
        return view(order);
    }

    public void deleteDraft(String number) {
        SealOrder order = owned(number);
        if (order.getStatus() != OrderStatus.DRAFT) {
            throw new RuleViolation("order.notDraft", number);
        }
        records.documentsOf(order).forEach(records::removeDocument);
        em.remove(order);
    }

    private OrderView view(SealOrder order) {
        return records.view(order);
    }

    private SealOrder owned(String number) {
        return mine(number, LockModeType.NONE);
    }

    /** The signed-in applicant's order, locked as asked; anyone else's is "not found". */
    public SealOrder mine(String number, LockModeType lock) {
        return orders.ownedBy(caller().getId(), OrderNumber.sought(number), lock);
    }

    private Account caller() {
        return accounts.signedIn();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
