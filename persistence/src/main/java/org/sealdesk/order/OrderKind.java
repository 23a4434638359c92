package org.sealdesk.order;

import java.util.EnumSet;
import java.util.Set;
import org.sealdesk.document.DocumentRole;

/**
 * What an order asks for, and so which steps follow its payment (DESIGN.md, "Orders").
 * A new enterprise seal order carries both the enterprise seal and the legal representative's
 * signature seal.
 */
public enum OrderKind {
    NEW_ENTERPRISE_SEAL(true, true),
    NEW_PERSONAL_SEAL(true, true),
    UKEY_REPLACEMENT(true, true),
    RENEWAL(false, false),
    CHANGE(true, false),
    REISSUE(false, true),
    UNLOCK(false, false);

    private final boolean reviewed;
    private final boolean shipped;

    OrderKind(boolean reviewed, boolean shipped) {
        this.reviewed = reviewed;
        this.shipped = shipped;
    }

    /** The scans an application of this kind must carry. */
    public Set<DocumentRole> requiredDocuments() {
        return switch (this) {
            case NEW_ENTERPRISE_SEAL -> EnumSet.of(DocumentRole.BUSINESS_LICENCE, DocumentRole.IMPRESSION_FORM);
            case NEW_PERSONAL_SEAL ->
                    EnumSet.of(DocumentRole.ID_CARD_FRONT, DocumentRole.ID_CARD_BACK, DocumentRole.IMPRESSION_FORM);
            default -> EnumSet.noneOf(DocumentRole.class);
        };
    }

    /** Staff check the submitted documents before anything is made. */
    public boolean isReviewed() {
        return reviewed;
    }

    /** A ukey is produced and posted; otherwise the applicant's own ukey is updated online. */
    public boolean isShipped() {
        return shipped;
    }

    /** Where a paid (or approved) order goes next when no review is, or remains, due. */
    OrderStatus afterReview() {
        return shipped ? OrderStatus.AWAITING_PRODUCTION : OrderStatus.AWAITING_ONLINE_UPDATE;
    }

    OrderStatus afterPayment() {
        return reviewed ? OrderStatus.AWAITING_REVIEW : afterReview();
    }
}
