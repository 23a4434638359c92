package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sealdesk.account.IdentityCheck;

/**
 * The unit (enterprise orders only) and its legal representative, entered once for both seals of
 * an enterprise order. The representative's ID number is kept encrypted and masked.
 */
@Embeddable
public class SealApplication {

    @Column(name = "unit_name", length = 100)
    private String unitName;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "unit_address", length = 200)
    private String unitAddress;

    @Column(name = "legal_rep_name", length = 50)
    private String legalRepName;

    @Column(name = "legal_rep_id_cipher", length = 200)
    private String legalRepIdCipher;

    @Column(name = "legal_rep_id_masked", length = 18)
    private String legalRepIdMasked;

    @Column(name = "legal_rep_mobile", length = 11)
    private String legalRepMobile;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_rep_check", length = 20)
    private IdentityCheck legalRepCheck;

    @Column(name = "legal_rep_check_request_id", length = 64)
    private String legalRepCheckRequestId;

    protected SealApplication() {
    }

    public SealApplication(String unitName, String creditCode, String unitAddress, String legalRepName,
            String legalRepIdCipher, String legalRepIdMasked, String legalRepMobile) {
        this.unitName = unitName;
        this.creditCode = creditCode;
        this.unitAddress = unitAddress;
        this.legalRepName = legalRepName;
        this.legalRepIdCipher = legalRepIdCipher;
        this.legalRepIdMasked = legalRepIdMasked;
        this.legalRepMobile = legalRepMobile;
    }

    /** The same details, for another order (an embeddable belongs to one entity). */
    SealApplication copy() {
        return checked(legalRepCheck, legalRepCheckRequestId);
    }

    /** The same details, with how the real-name verifier checked the person they name. */
    public SealApplication checked(IdentityCheck check, String requestId) {
        SealApplication checked = new SealApplication(unitName, creditCode, unitAddress, legalRepName, legalRepIdCipher,
                legalRepIdMasked, legalRepMobile);
        checked.legalRepCheck = check;
        checked.legalRepCheckRequestId = requestId;
        return checked;
    }

    /** How the person named was checked; null until checked (an order is not paid before). */
    public IdentityCheck getLegalRepCheck() {
        return legalRepCheck;
    }

    public String getLegalRepCheckRequestId() {
        return legalRepCheckRequestId;
    }

    boolean isCompleteFor(OrderKind kind) {
        boolean representative = legalRepName != null && legalRepIdCipher != null && legalRepMobile != null;
        return representative && (!kind.namesUnit() || unitName != null && creditCode != null && unitAddress != null);
    }

    /** The name a seal of that type carries: the unit's, or its legal representative's (or the person's). */
    String nameOn(SealType type) {
        return type == SealType.ENTERPRISE ? unitName : legalRepName;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getUnitAddress() {
        return unitAddress;
    }

    public String getLegalRepName() {
        return legalRepName;
    }

    public String getLegalRepIdCipher() {
        return legalRepIdCipher;
    }

    public String getLegalRepIdMasked() {
        return legalRepIdMasked;
    }

    public String getLegalRepMobile() {
        return legalRepMobile;
    }
}
