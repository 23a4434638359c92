package org.sealdesk.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.web.Feedback;

/** 用户登录, both tabs: mobile + password, and mobile + SMS code. */
@Named
@ViewScoped
public class SignInPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_FORM = "signInTabs:passwordForm";
    static final String SMS_FORM = "signInTabs:smsForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    @Inject
    SignInSession signIn;

    private String next;
    private final ApplicantCredentials byPassword = new ApplicantCredentials();
    private final ApplicantCredentials bySms = new ApplicantCredentials();

    public void sendCode() {
        codeSender.send(SMS_FORM, bySms.getMobile(), SmsPurpose.SIGN_IN);
    }

    public String signInWithPassword() {
        try {
            signIn.establish(accounts.signInWithPassword(new MobileNumber(byPassword.getMobile()), byPassword.getPassword()));
            return SignInSession.landingOutcome(next);
        } catch (RuleViolation refused) {
            Feedback.reject(PASSWORD_FORM, refused);
            return null;
        }
    }

    public String signInWithSmsCode() {
        try {
            signIn.establish(accounts.signInWithSmsCode(new MobileNumber(bySms.getMobile()), bySms.getCode()));
            return SignInSession.landingOutcome(next);
        } catch (RuleViolation refused) {
            Feedback.reject(SMS_FORM, refused);
            return null;
        }
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public ApplicantCredentials getByPassword() {
        return byPassword;
    }

    public ApplicantCredentials getBySms() {
        return bySms;
    }
}
