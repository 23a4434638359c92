package org.sealdesk.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.order.OrderView;
import org.sealdesk.review.ReviewCase;
import org.sealdesk.review.ReviewService;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.NotFound;

/** 订单审核 of one order: the submitted fields beside the scans, the hints, and the decision. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DECISION_FORM = "decisionForm";
    /** Reason templates: messages review.reason.1 … review.reason.N. */
    static final int REASON_TEMPLATES = 6;

    @Inject
    transient ReviewService reviews;

    private String number;
    private ReviewCase review;
    private DocumentRole shownRole;
    private List<String> chosenReasons = new ArrayList<>();
    private String reasonText;

    /** viewAction */
    public void load() throws IOException {
        try {
            review = reviews.open(number);
        } catch (RuleViolation notFound) {
            NotFound.respond();
            return;
        }
        List<OrderView.Document> documents = review.order().documents();
        shownRole = documents.isEmpty() ? null : documents.get(0).role();
    }

    public void show(DocumentRole role) {
        shownRole = role;
    }

    public OrderView.Document getShown() {
        return review.order().documents().stream().filter(d -> d.role() == shownRole).findFirst().orElse(null);
    }

    public String approve() {
        try {
            reviews.approve(number, review.version());
            Feedback.infoAfterRedirect("staff.review.approved", number);
            return "/staff/queue.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
            return null;
        }
    }

    public String reject() {
        List<String> parts = new ArrayList<>(chosenReasons);
        if (reasonText != null && !reasonText.isBlank()) {
            parts.add(reasonText.strip());
        }
        if (parts.isEmpty()) {
            Feedback.error(DECISION_FORM + ":reasonText", "order.reject.reasonRequired");
            return null;
        }
        try {
            reviews.reject(number, review.version(), String.join("；", parts));
            Feedback.infoAfterRedirect("staff.review.rejected", number);
            return "/staff/queue.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            Feedback.error(refused.messageKey().startsWith("review.reason") ? DECISION_FORM + ":reasonText" : null,
                    refused);
            return null;
        }
    }

    public String hintText(ReviewCase.Hint hint) {
        return Feedback.text(hint.messageKey(), hint.arguments().toArray());
    }

    public List<String> getReasonTemplates() {
        List<String> templates = new ArrayList<>();
        for (int i = 1; i <= REASON_TEMPLATES; i++) {
            templates.add(Feedback.text("review.reason." + i));
        }
        return templates;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ReviewCase getReview() {
        return review;
    }

    public DocumentRole getShownRole() {
        return shownRole;
    }

    public List<String> getChosenReasons() {
        return chosenReasons;
    }

    public void setChosenReasons(List<String> chosenReasons) {
        this.chosenReasons = chosenReasons;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }
}
