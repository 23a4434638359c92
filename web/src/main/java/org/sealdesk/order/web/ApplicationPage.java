package org.sealdesk.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.PriceLine;
import org.sealdesk.order.PriceTable;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/**
 * The application wizard (manual 1.2.5.1 and 1.2.5.2, and a change 1.3.3): 1 unit and legal representative with
 * their scans, 2 validity and the impression form, 3 mailing (not for a change), 4 confirm. Each step is saved on
 * the server as the applicant goes, what did not pass included (to be corrected), so a draft can be
 * left and resumed from the order list; every refusal of a step shows at once, next to its field.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applyForm";
    static final String VALIDITY_FORM = "validityForm";
    static final String MAILING_FORM = "mailingForm";
    /** The wizard's steps, by name. */
    static final String APPLICANT = "applicant";
    static final String VALIDITY = "validity";
    static final String MAILING = "mailing";
    static final String CONFIRM = "confirm";
    /** The upload field of each scan, by the document it takes. */
    private static final Map<DocumentRole, String> UPLOAD_FIELDS = Map.of(
            DocumentRole.BUSINESS_LICENCE, FORM + ":licenceUpload",
            DocumentRole.ID_CARD_FRONT, FORM + ":idFrontUpload",
            DocumentRole.ID_CARD_BACK, FORM + ":idBackUpload",
            DocumentRole.IMPRESSION_FORM, VALIDITY_FORM + ":formUpload");

    @Inject
    OrderService orders;

    @Inject
    PriceTable prices;

    private String number;
    private OrderView order;
    private String step;
    private final ApplicantFields applicant = new ApplicantFields();
    private Integer years;
    private final MailingFields mailing = new MailingFields();

    public static String outcomeFor(String orderNumber) {
        return "/account/apply.xhtml?faces-redirect=true&order=" + orderNumber;
    }

    /** viewAction: loads the draft; someone else's order, or one no longer editable, is not shown here. */
    public String load() throws IOException {
        try {
            order = orders.find(number);
        } catch (RuleViolation notFound) {
            NotFound.respond();
            return null;
        }
        if (!order.editable()) {
            return "/account/order.xhtml?faces-redirect=true&number=" + number;
        }
        applicant.fillFrom(order.application(), order.unsaved(OrderService.APPLICANT_STEP));
        mailing.fillFrom(order.mailing(), order.unsaved(OrderService.MAILING_STEP));
        years = order.validityYears();
        // A rejected order is corrected from the first step: the reviewer's reason is shown above it.
        step = isResubmission() || !stepOneDone() ? APPLICANT
                : order.validityYears() == null || !order.has(DocumentRole.IMPRESSION_FORM) ? VALIDITY
                : order.missing().contains("order.missing.mailing") || !order.unsaved(OrderService.MAILING_STEP).isEmpty()
                ? MAILING : CONFIRM;
        return null;
    }

    public void saveApplicant() {
        boolean passed = save(() -> orders.describe(number, applicant.toDetails()), FORM);
        if (passed & scansPresent(stepOneScans())) {
            step = VALIDITY;
        }
    }

    public void saveValidity() {
        boolean chosen = years != null || !order.kind().buysYears();
        if (years != null) {
            chosen = save(() -> orders.chooseValidity(number, years), VALIDITY_FORM);
        } else if (!chosen) {
            Feedback.error(VALIDITY_FORM + ":years", "order.missing.years");
        }
        if (chosen & scansPresent(List.of(DocumentRole.IMPRESSION_FORM))) {
            step = getSteps().get(getStepIndex() + 1);
        }
    }

    public void saveMailing() {
        if (save(() -> orders.mailTo(number, mailing.toDetails()), MAILING_FORM)) {
            step = CONFIRM;
        }
    }

    /** The steps of this order's wizard: a change (the holder's own ukey, updated online) has no mailing step. */
    public List<String> getSteps() {
        return order.kind().isShipped() ? List.of(APPLICANT, VALIDITY, MAILING, CONFIRM)
                : List.of(APPLICANT, VALIDITY, CONFIRM);
    }

    public int getStepIndex() {
        return getSteps().indexOf(step);
    }

    /** A step's title in the step bar. */
    public String title(String of) {
        return Feedback.text(switch (of) {
            case APPLICANT -> isEnterprise() ? "apply.step.unit" : "apply.step.legalRep";
            case VALIDITY -> order.kind().buysYears() ? "apply.step.validity" : "apply.step.impressionForm";
            default -> "apply.step." + of;
        });
    }

    /** Runs a step's save; a refusal is shown at its fields, and the order as saved (what passed) is shown. */
    private boolean save(Supplier<OrderView> step, String form) {
        try {
            order = step.get();
            return true;
        } catch (RuleViolation refused) {
            Feedback.reject(form, refused);
            order = orders.find(number);
            return false;
        }
    }

    /** Says at each upload field which of {@code roles} is still missing. */
    private boolean scansPresent(List<DocumentRole> roles) {
        boolean all = true;
        for (DocumentRole role : roles) {
            if (!order.has(role)) {
                Feedback.error(UPLOAD_FIELDS.get(role), "order.missing.document", OrderLabels.label(role));
                all = false;
            }
        }
        return all;
    }

    /** Corrected after a reviewer sent it back: paid already, it returns to review. */
    public boolean isResubmission() {
        return order != null && order.status() == OrderStatus.REJECTED;
    }

    /** A step back keeps what this step holds, as far as it passes (its refusals wait for 下一步). */
    public void back() {
        try {
            if (MAILING.equals(step)) {
                order = orders.mailTo(number, mailing.toDetails());
            } else if (VALIDITY.equals(step) && years != null) {
                order = orders.chooseValidity(number, years);
            }
        } catch (RuleViolation notYet) {
            order = orders.find(number);
        }
        step = getSteps().get(Math.max(0, getStepIndex() - 1));
    }

    public String submit() {
        try {
            if (isResubmission()) {
                order = orders.submit(number);
                Feedback.infoAfterRedirect("order.resubmitted", order.number());
                return "/account/order.xhtml?faces-redirect=true&number=" + number;
            }
            order = orders.submit(number);
            Feedback.infoAfterRedirect("order.submitted", order.number(), order.amount());
            return "/account/pay.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            return null;
        }
    }

    /** One listener for every scan; the role travels as the component's attribute. Its outcome shows at the field. */
    public void upload(FileUploadEvent event) {
        DocumentRole role = DocumentRole.valueOf((String) event.getComponent().getAttributes().get("role"));
        String field = event.getComponent().getClientId();
        try {
            order = orders.upload(number, role, event.getFile().getFileName(), event.getFile().getContent());
            Feedback.info(field, "upload.done", event.getFile().getFileName());
        } catch (RuleViolation refused) {
            Feedback.error(field, refused);
        }
    }

    private boolean stepOneDone() {
        return !order.missing().contains("order.missing.application") && order.unsaved(OrderService.APPLICANT_STEP).isEmpty()
                && stepOneScans().stream().allMatch(order::has);
    }

    private List<DocumentRole> stepOneScans() {
        return order.kind().identityScans();
    }

    public List<PriceLine> getPriceOptions() {
        return prices.options(order.kind());
    }

    /** What the order will cost, from the price table, before it is submitted. */
    public Money getQuotedAmount() {
        return order.validityYears() == null ? null : prices.price(order.kind(), order.validityYears());
    }

    /** The largest scan accepted, in MB, for the upload hints. */
    public long getUploadLimitMegabytes() {
        return orders.maxUploadBytes() / (1024 * 1024);
    }

    public boolean isEnterprise() {
        return order.kind().namesUnit();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public OrderView getOrder() {
        return order;
    }

    public String getStep() {
        return step;
    }

    public ApplicantFields getApplicant() {
        return applicant;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public MailingFields getMailing() {
        return mailing;
    }
}
