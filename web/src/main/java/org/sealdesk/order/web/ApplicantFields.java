package org.sealdesk.order.web;

import java.io.Serializable;
import java.util.Map;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.OrderView;

/**
 * The first wizard step's inputs. A saved (valid) ID number is never sent back to the browser; left empty, it is
 * kept. One that did not pass is shown again to be corrected.
 */
public class ApplicantFields implements Serializable {

    private static final long serialVersionUID = 1L;
    private String unitName;
    private String creditCode;
    private String unitAddress;
    private String legalRepName;
    private String legalRepIdNumber;
    private String legalRepMobile;
    private String savedIdMasked;

    /** What was saved, then what was typed and did not pass (by field id) over it. */
    void fillFrom(OrderView.Applicant saved, Map<String, String> unsaved) {
        if (saved != null) {
            unitName = saved.unitName();
            creditCode = saved.creditCode();
            unitAddress = saved.unitAddress();
            legalRepName = saved.legalRepName();
            legalRepMobile = saved.legalRepMobile();
            savedIdMasked = saved.legalRepIdMasked();
        }
        unitName = unsaved.getOrDefault("unitName", unitName);
        creditCode = unsaved.getOrDefault("creditCode", creditCode);
        unitAddress = unsaved.getOrDefault("unitAddress", unitAddress);
        legalRepName = unsaved.getOrDefault("realName", legalRepName);
        legalRepIdNumber = unsaved.get("idNumber");
        legalRepMobile = unsaved.getOrDefault("mobile", legalRepMobile);
    }

    ApplicationDetails toDetails() {
        return new ApplicationDetails(unitName, creditCode, unitAddress, legalRepName, legalRepIdNumber, legalRepMobile);
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getUnitAddress() {
        return unitAddress;
    }

    public void setUnitAddress(String unitAddress) {
        this.unitAddress = unitAddress;
    }

    public String getLegalRepName() {
        return legalRepName;
    }

    public void setLegalRepName(String legalRepName) {
        this.legalRepName = legalRepName;
    }

    public String getLegalRepIdNumber() {
        return legalRepIdNumber;
    }

    public void setLegalRepIdNumber(String legalRepIdNumber) {
        this.legalRepIdNumber = legalRepIdNumber;
    }

    public String getLegalRepMobile() {
        return legalRepMobile;
    }

    public void setLegalRepMobile(String legalRepMobile) {
        this.legalRepMobile = legalRepMobile;
    }

    public String getSavedIdMasked() {
        return savedIdMasked;
    }
}
