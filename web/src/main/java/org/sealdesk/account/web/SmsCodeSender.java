package org.sealdesk.account.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.sealdesk.account.AccountService;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.sms.SentCode;
import org.sealdesk.sms.SmsSendPolicy;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.web.Feedback;

/** The 获取验证码 button of every form that takes an SMS code. */
@ApplicationScoped
public class SmsCodeSender {

    private static final Logger LOG = Logger.getLogger(SmsCodeSender.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /** A visitor's 获取验证码 beside the form's mobile and code fields. */
    public void send(String formId, String mobile, SmsPurpose purpose) {
        send(formId + ":mobile", formId + ":code", () -> accounts.requestCode(new MobileNumber(mobile), purpose));
    }

    /**
     * Sends the code {@code request} asks for and says so under {@code codeField}; why not, under
     * {@code mobileField}, or under the code where the number is the applicant's own and has no field (null).
     */
    public void send(String mobileField, String codeField, Supplier<SentCode> request) {
        String refusalField = mobileField == null ? codeField : mobileField;
        try {
            SentCode sent = request.get();
            Feedback.info(codeField, "sms.sent", sent.maskedMobile(), sent.expiresAt());
            waitBeforeResending(Duration.between(clock.instant(), sent.resendAllowedAt()).toSeconds());
        } catch (RuleViolation refused) {
            if (SmsSendPolicy.COOLDOWN.equals(refused.messageKey())) {
                waitBeforeResending(((Number) refused.arguments()[0]).longValue());
            }
            Feedback.error(refusalField, refused);
        } catch (EJBException failed) {
            LOG.log(Level.WARNING, "SMS code could not be sent", failed);
            Feedback.error(refusalField, "sms.deliveryFailed");
        }
    }

    /** The button counts down and stays disabled as long as the server would refuse (sealdesk.js). */
    private static void waitBeforeResending(long seconds) {
        PrimeFaces.current().ajax().addCallbackParam("resendInSeconds", Math.max(1, seconds));
    }
}
