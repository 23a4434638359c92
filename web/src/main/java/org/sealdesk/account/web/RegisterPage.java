package org.sealdesk.account.web;

import jakarta.enterprise.context.RequestScoped;
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

/** 用户注册: mobile number, SMS code and a password. */
@Named
@RequestScoped
public class RegisterPage {

    static final String FORM = "registerForm";

    @Inject
    AccountService accounts;

    @Inject
    SmsCodeSender codeSender;

    @Inject
    SignInSession signIn;

    private final ApplicantCredentials form = new ApplicantCredentials();

    public void sendCode() {
        codeSender.send(FORM, form.getMobile(), SmsPurpose.REGISTER);
    }

    public void register() throws IOException {
        if (!form.passwordsMatch()) {
            Feedback.error(FORM + ":passwordConfirm", "validation.password.mismatch");
            return;
        }
        try {
            signIn.establish(Caller.applicant(accounts.register(new MobileNumber(form.getMobile()), form.getCode(),
                    form.getPassword())));
            Feedback.infoAfterRedirect("register.done");
            signIn.land(null, "/", SignInSession.APPLICANT_HOME);
        } catch (RuleViolation refused) {
            Feedback.reject(FORM, refused);
        }
    }

    public ApplicantCredentials getForm() {
        return form;
    }
}
