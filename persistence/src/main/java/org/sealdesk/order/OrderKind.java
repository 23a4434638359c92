package org.sealdesk.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sealdesk.document.DocumentRole;

/**
 * What an order asks for, and every rule that follows from it (DESIGN.md, "Orders"): which seals it makes,
 * what the application names, which scans it carries, whether staff review it, whether a ukey is posted, whether
 * it is priced. Code elsewhere asks the kind; it never compares or switches on kinds (ArchitectureTest).
 */
public enum OrderKind {
    /** Manual 1.1: the enterprise seal and the legal representative's signature seal, together. */
    NEW_ENTERPRISE_SEAL(Flow.REVIEWED_AND_SHIPPED, SealType.ENTERPRISE, SealType.LEGAL_REPRESENTATIVE_SIGNATURE),
    NEW_PERSONAL_SEAL(Flow.REVIEWED_AND_SHIPPED, SealType.PERSONAL_SIGNATURE),
    /**
     * Manual 1.2.6: a holder of the former CA's (深圳 CA) ukey moves to SealDesk — the same seals as a new
     * application, the application filled from the proven former certificate.
     */
    ENTERPRISE_UKEY_REPLACEMENT(Flow.REVIEWED_AND_SHIPPED, SealType.ENTERPRISE,
            SealType.LEGAL_REPRESENTATIVE_SIGNATURE),
    PERSONAL_UKEY_REPLACEMENT(Flow.REVIEWED_AND_SHIPPED, SealType.PERSONAL_SIGNATURE),
    RENEWAL(Flow.ONLINE),
    CHANGE(Flow.REVIEWED_ONLINE),
    REISSUE(Flow.SHIPPED),
    UNLOCK(Flow.ONLINE),
    /** 注销: not paid, not reviewed; the seal's certificates are revoked at once. */
    CANCELLATION(Flow.FREE);

    /** The steps after submission. */
    private enum Flow {
        REVIEWED_AND_SHIPPED(true, true, true),
        REVIEWED_ONLINE(true, false, true),
        SHIPPED(false, true, true),
        ONLINE(false, false, true),
        FREE(false, false, false);

        final boolean reviewed;
        final boolean shipped;
        final boolean priced;

        Flow(boolean reviewed, boolean shipped, boolean priced) {
            this.reviewed = reviewed;
            this.shipped = shipped;
            this.priced = priced;
        }
    }

    private final Flow flow;
    private final List<SealType> sealsMade;

    OrderKind(Flow flow, SealType... sealsMade) {
        this.flow = flow;
        this.sealsMade = List.of(sealsMade);
    }

    /** The seals an order of this kind makes anew (the kinds that change an existing seal name none). */
    public List<SealType> sealsMade() {
        return sealsMade;
    }

    /**
     * The order concerns seals the applicant holds already (renewal, change, reissue, unlock): it names them; it
     * makes no new kind of seal.
     */
    public boolean changesHeldSeals() {
        return sealsMade.isEmpty() && flow.priced;
    }

    /**
     * The order buys certificate years; an unlock, a reissue or a change (whose certificates end when the old ones
     * did) buys none: its one price line is for one "year".
     */
    public boolean buysYears() {
        return flow.priced && this != UNLOCK && this != REISSUE && this != CHANGE;
    }

    /** A renewal's certificates run on from the old ones' end by the years bought (manual 1.3.2). */
    public boolean extendsValidity() {
        return this == RENEWAL;
    }

    /**
     * The holder's own ukey gets new key pairs, certificates and seals online, through the connector on their PC
     * (renewal, change).
     */
    public boolean rekeysOnline() {
        return this == RENEWAL || this == CHANGE;
    }

    /**
     * The certificates an online rekeying replaces are revoked (superseded): after a change the old names must stop
     * being trusted (manual 1.3.3). A renewal's old certificates stay good until they expire.
     */
    public boolean revokesReplaced() {
        return this == CHANGE;
    }

    /**
     * The applicant fills in the application wizard: who the seals name, their scans, the impression form — for new
     * seals, and for a change of the names on held ones.
     */
    public boolean isApplication() {
        return !sealsMade.isEmpty() || this == CHANGE;
    }

    /** The application names a unit (name, credit code, address) besides its legal representative. */
    public boolean namesUnit() {
        return sealsMade.contains(SealType.ENTERPRISE) || this == CHANGE;
    }

    /** The scans that prove who the applicant is: the first step of the application. */
    public List<DocumentRole> identityScans() {
        if (!isApplication()) {
            return List.of();
        }
        return namesUnit() ? List.of(DocumentRole.BUSINESS_LICENCE)
                : List.of(DocumentRole.ID_CARD_FRONT, DocumentRole.ID_CARD_BACK);
    }

    /** A new or changed seal needs its impression form (印模采集表), printed, stamped, signed and scanned. */
    public boolean needsImpressionForm() {
        return isApplication();
    }

    /** The scans an application of this kind must carry. */
    public Set<DocumentRole> requiredDocuments() {
        List<DocumentRole> documents = new ArrayList<>(identityScans());
        if (needsImpressionForm()) {
            documents.add(DocumentRole.IMPRESSION_FORM);
        }
        return Set.copyOf(documents);
    }

    /** Staff check the submitted documents before anything is made. */
    public boolean isReviewed() {
        return flow.reviewed;
    }

    /** A ukey is produced and posted; otherwise the applicant's own ukey is updated online. */
    public boolean isShipped() {
        return flow.shipped;
    }

    /** The application stands on a former CA ukey its applicant proved they hold (ukey 更换). */
    public boolean replacesFormerUkey() {
        return this == ENTERPRISE_UKEY_REPLACEMENT || this == PERSONAL_UKEY_REPLACEMENT;
    }

    /**
     * ukey 更换 of what a new application of this kind makes: chosen from 企业公章办理 or 个人印章办理.
     *
     * @throws IllegalArgumentException for a kind that is not a new application
     */
    public OrderKind replacement() {
        return switch (this) {
            case NEW_ENTERPRISE_SEAL -> ENTERPRISE_UKEY_REPLACEMENT;
            case NEW_PERSONAL_SEAL -> PERSONAL_UKEY_REPLACEMENT;
            default -> throw new IllegalArgumentException(this + " has no ukey replacement");
        };
    }

    /** The price table has lines for this kind; a cancellation costs nothing. */
    public boolean isPriced() {
        return flow.priced;
    }

    /** Where a paid (or approved) order goes next when no review is, or remains, due. */
    OrderStatus afterReview() {
        return flow.shipped ? OrderStatus.AWAITING_PRODUCTION : OrderStatus.AWAITING_ONLINE_UPDATE;
    }

    OrderStatus afterPayment() {
        return flow.reviewed ? OrderStatus.AWAITING_REVIEW : afterReview();
    }
}
