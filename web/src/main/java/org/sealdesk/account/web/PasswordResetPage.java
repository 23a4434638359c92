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

/** 忘记密码: a code sent to the registered number allows a new password. */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "resetForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    private String mobile;
    private String code;
    private String password;
    private String passwordConfirm;

    public void sendCode() {
        codeSender.send(FORM, mobile, SmsPurpose.RESET_PASSWORD);
    }

    public String reset() {
        if (!password.equals(passwordConfirm)) {
            Feedback.error(FORM + ":passwordConfirm", "validation.password.mismatch");
            return null;
        }
        try {
            accounts.resetPassword(new MobileNumber(mobile), code, password);
            Feedback.infoAfterRedirect("reset.done");
            return "/login.xhtml?faces-redirect=true";
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
