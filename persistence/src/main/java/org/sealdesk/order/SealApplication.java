package org.sealdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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
