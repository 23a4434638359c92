package org.sealdesk.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderService;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.OrderView;
import org.sealdesk.order.PriceRule;
import org.sealdesk.order.PriceTable;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/**
 * The application wizard (manual 1.2.5.1 and 1.2.5.2): 1 unit and legal representative with
 * their scans, 2 validity and the impression form, 3 mailing, 4 confirm. Each step is saved on
 * the server as the applicant goes, so a draft can be left and resumed from the order list.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applyForm";
    static final int CONFIRM = 3;

    @Inject
    OrderService orders;

    @Inject
    PriceTable prices;

    private String number;
    private OrderView order;
    private int step;
    private final ApplicantFields applicant = new ApplicantFields();
    private Integer years;
    private final MailingFields mailing = new MailingFields();

    static String outcomeFor(String orderNumber) {
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
        applicant.fillFrom(order.application());
        mailing.fillFrom(order.mailing());
        years = order.validityYears();
        // A rejected order is corrected from the first step: the reviewer's reason is shown above it.
        step = isResubmission() || order.application() == null || !stepOneDocumentsPresent() ? 0
                : order.validityYears() == null || !order.has(DocumentRole.IMPRESSION_FORM) ? 1
                : order.mailing() == null ? 2 : CONFIRM;
        return null;
    }

    public void saveApplicant() {
        try {
            order = orders.describe(number, applicant.toDetails());
            if (!stepOneDocumentsPresent()) {
                Feedback.error(null, "order.missing.documents");
                return;
            }
            step = 1;
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
        }
    }

    public void saveValidity() {
        try {
            if (years == null) {
                throw new RuleViolation("order.missing.years");
            }
            order = orders.chooseValidity(number, years);
            if (!order.has(DocumentRole.IMPRESSION_FORM)) {
                Feedback.error(null, "order.missing.impressionForm");
                return;
            }
            step = 2;
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    public void saveMailing() {
        try {
            order = orders.mailTo(number, mailing.toAddress());
            step = CONFIRM;
        } catch (RuleViolation refused) {
            Feedback.reject("mailingForm", refused);
        }
    }

    /** Corrected after a reviewer sent it back: paid already, it returns to review. */
    public boolean isResubmission() {
        return order != null && order.status() == OrderStatus.REJECTED;
    }

    public void back() {
        step = Math.max(0, step - 1);
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

    /** One listener for every scan; the role travels as the component's attribute. */
    public void upload(FileUploadEvent event) {
        DocumentRole role = DocumentRole.valueOf((String) event.getComponent().getAttributes().get("role"));
        try {
            order = orders.upload(number, role, event.getFile().getFileName(), event.getFile().getContent());
            Feedback.info(null, "upload.done", event.getFile().getFileName());
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    private boolean stepOneDocumentsPresent() {
        return order.kind() == OrderKind.NEW_ENTERPRISE_SEAL ? order.has(DocumentRole.BUSINESS_LICENCE)
                : order.has(DocumentRole.ID_CARD_FRONT) && order.has(DocumentRole.ID_CARD_BACK);
    }

    public List<PriceRule> getPriceOptions() {
        return prices.options(order.kind());
    }

    /** What the order will cost, from the price table, before it is submitted. */
    public Money getQuotedAmount() {
        return order.validityYears() == null ? null : prices.price(order.kind(), order.validityYears());
    }

    public boolean isEnterprise() {
        return order.kind() == OrderKind.NEW_ENTERPRISE_SEAL;
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

    public int getStep() {
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
