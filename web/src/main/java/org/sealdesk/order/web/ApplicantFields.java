package org.sealdesk.order.web;

import java.io.Serializable;
import org.sealdesk.order.ApplicationDetails;
import org.sealdesk.order.SealApplication;

/** The first wizard step's inputs. The saved ID number is never sent back to the browser; left empty, it is kept. */
public class ApplicantFields implements Serializable {

    private static final long serialVersionUID = 1L;
    private String unitName;
    private String creditCode;
    private String unitAddress;
    private String legalRepName;
    private String legalRepIdNumber;
    private String legalRepMobile;
    private String savedIdMasked;

    void fillFrom(SealApplication saved) {
        if (saved != null) {
            unitName = saved.getUnitName();
            creditCode = saved.getCreditCode();
            unitAddress = saved.getUnitAddress();
            legalRepName = saved.getLegalRepName();
            legalRepMobile = saved.getLegalRepMobile();
            savedIdMasked = saved.getLegalRepIdMasked();
        }
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
