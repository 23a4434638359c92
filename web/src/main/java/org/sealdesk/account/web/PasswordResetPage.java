package org.sealdesk.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.web.Feedback;

/** 忘记密码: a code sent to the registered number allows a new password. */
@Named
@RequestScoped
public class PasswordResetPage {

    static final String FORM = "resetForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    private final ApplicantCredentials form = new ApplicantCredentials();

    public void sendCode() {
        codeSender.send(FORM, form.getMobile(), SmsPurpose.RESET_PASSWORD);
    }

    public String reset() {
        if (!form.passwordsMatch()) {
            Feedback.error(FORM + ":passwordConfirm", "validation.password.mismatch");
            return null;
        }
        try {
            accounts.resetPassword(new MobileNumber(form.getMobile()), form.getCode(), form.getPassword());
            Feedback.infoAfterRedirect("reset.done");
            return "/login.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
            return null;
        }
    }

    public ApplicantCredentials getForm() {
        return form;
    }
}
