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
    static final String PASSWORD_FORM = "passwordForm";
    static final String SMS_FORM = "smsForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    @Inject
    SignInSession signIn;

    private String next;
    private final Credentials byPassword = new Credentials();
    private final Credentials bySms = new Credentials();

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
            Feedback.reject(refused.messageKey().equals("signIn.locked") ? null : SMS_FORM, refused);
            return null;
        }
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public Credentials getByPassword() {
        return byPassword;
    }

    public Credentials getBySms() {
        return bySms;
    }

    /** What one tab's form holds. */
    public static class Credentials implements Serializable {

        private static final long serialVersionUID = 1L;
        private String mobile;
        private String password;
        private String code;

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }
}
