package org.sealdesk.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sealdesk.account.AccountService;
import org.sealdesk.account.ApplicantView;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.SignInSession;

/** 用户实名: name and ID-card number, once. */
@Named
@ViewScoped
public class RealNamePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "realNameForm";

    @Inject
    AccountService accounts;

    private ApplicantView applicant;
    private String realName;
    private String idNumber;

    @PostConstruct
    void load() {
        applicant = accounts.currentApplicant();
    }

    public String verify() {
        try {
            applicant = accounts.verifyIdentity(new PersonName(realName), new IdCardNumber(idNumber));
            Feedback.infoAfterRedirect("realName.done");
            return SignInSession.APPLICANT_HOME + "?faces-redirect=true";
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
            return null;
        }
    }

    public ApplicantView getApplicant() {
        return applicant;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
