package org.sealdesk.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.web.Caller;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.SignInSession;

/** 用户登录, both tabs: mobile + password, and mobile + SMS code. */
@Named
@RequestScoped
public class SignInPage {

    static final String PASSWORD_FORM = "signInTabs:passwordForm";
    static final String SMS_FORM = "signInTabs:smsForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    @Inject
    SignInSession signIn;

    /** Where to go after signing in: the page's address parameter, then the form's hidden field of that name. */
    private final String next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
    private final ApplicantCredentials byPassword = new ApplicantCredentials();
    private final ApplicantCredentials bySms = new ApplicantCredentials();

    public void sendCode() {
        codeSender.send(SMS_FORM, bySms.getMobile(), SmsPurpose.SIGN_IN);
    }

    public void signInWithPassword() throws IOException {
        try {
            signIn.establish(Caller.applicant(accounts.signInWithPassword(new MobileNumber(byPassword.getMobile()),
                    byPassword.getPassword())));
            signIn.land(next, "/", SignInSession.APPLICANT_HOME);
        } catch (RuleViolation refused) {
            Feedback.reject(PASSWORD_FORM, refused);
        }
    }

    public void signInWithSmsCode() throws IOException {
        try {
            signIn.establish(Caller.applicant(accounts.signInWithSmsCode(new MobileNumber(bySms.getMobile()), bySms.getCode())));
            signIn.land(next, "/", SignInSession.APPLICANT_HOME);
        } catch (RuleViolation refused) {
            Feedback.reject(SMS_FORM, refused);
        }
    }

    public String getNext() {
        return next;
    }

    public ApplicantCredentials getByPassword() {
        return byPassword;
    }

    public ApplicantCredentials getBySms() {
        return bySms;
    }
}
