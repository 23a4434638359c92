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

/** 用户注册: mobile number, SMS code and a password. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registerForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    @Inject
    SignInSession signIn;

    private String mobile;
    private String code;
    private String password;
    private String passwordConfirm;

    public void sendCode() {
        codeSender.send(FORM, mobile, SmsPurpose.REGISTER);
    }

    public String register() {
        if (!password.equals(passwordConfirm)) {
            Feedback.error(FORM + ":passwordConfirm", "validation.password.mismatch");
            return null;
        }
        try {
            long id = accounts.register(new MobileNumber(mobile), code, password);
            signIn.establish(id);
            Feedback.infoAfterRedirect("register.done");
            return SignInSession.landingOutcome(null);
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
            return null;
        }
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
