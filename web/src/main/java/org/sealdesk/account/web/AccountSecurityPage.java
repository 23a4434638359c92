package org.sealdesk.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.web.Feedback;

/** 账户安全: 修改密码 with the current one, 更换手机号 with a code sent to each number. */
@Named
@RequestScoped
public class AccountSecurityPage {

    static final String PASSWORD_FORM = "passwordForm";
    static final String MOBILE_FORM = "mobileForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    private String currentPassword;
    private final ApplicantCredentials newPassword = new ApplicantCredentials();
    private String currentCode;
    private final ApplicantCredentials newMobile = new ApplicantCredentials();
    private String mobileMasked;

    public void changePassword() {
        if (!newPassword.passwordsMatch()) {
            Feedback.error(PASSWORD_FORM + ":passwordConfirm", "validation.password.mismatch");
            return;
        }
        try {
            accounts.changePassword(currentPassword, newPassword.getPassword());
            PrimeFaces.current().resetInputs(PASSWORD_FORM);
            Feedback.info(null, "security.password.changed");
        } catch (RuleViolation refused) {
            Feedback.reject(PASSWORD_FORM, refused);
        }
    }

    /** 获取验证码 for the number in use. */
    public void sendCurrentCode() {
        codeSender.send(null, MOBILE_FORM + ":currentCode", () -> accounts.requestCodeForCurrentMobile());
    }

    /** 获取验证码 for the new number (the sms-code-fields include calls it sendCode). */
    public void sendCode() {
        codeSender.send(MOBILE_FORM + ":mobile", MOBILE_FORM + ":code",
                () -> accounts.requestCodeForNewMobile(new MobileNumber(newMobile.getMobile())));
    }

    public void changeMobile() {
        try {
            MobileNumber number = new MobileNumber(newMobile.getMobile());
            accounts.changeMobile(currentCode, number, newMobile.getCode());
            mobileMasked = null;
            currentCode = null;
            newMobile.setMobile(null);
            newMobile.setCode(null);
            PrimeFaces.current().resetInputs(MOBILE_FORM);
            Feedback.info(null, "security.mobile.changed", number.masked());
        } catch (RuleViolation refused) {
            Feedback.reject(MOBILE_FORM, refused);
        }
    }

    /** The number in use, masked. */
    public String getMobileMasked() {
        if (mobileMasked == null) {
            mobileMasked = accounts.currentApplicant().mobileMasked();
        }
        return mobileMasked;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public ApplicantCredentials getNewPassword() {
        return newPassword;
    }

    public String getCurrentCode() {
        return currentCode;
    }

    public void setCurrentCode(String currentCode) {
        this.currentCode = currentCode;
    }

    public ApplicantCredentials getNewMobile() {
        return newMobile;
    }
}
