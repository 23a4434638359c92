package org.sealdesk.sms;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.sealdesk.aliyun.AliyunRpc;
import org.sealdesk.aliyun.AliyunUnreachable;
import org.sealdesk.identity.MobileNumber;

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25, action SendSms) over the RPC-style API ({@link AliyunRpc}).
 */
public class AliyunSmsGateway implements SmsGateway {

    public record Settings(URI endpoint, String accessKeyId, String accessKeySecret, String signName,
            String verificationTemplate, String rejectionTemplate, String cancellationTemplate,
            String accountChangeTemplate, String shippedTemplate, String deliveredTemplate, String returnedTemplate,
            String expiryTemplate) {
    }

    private final Settings settings;
    private final AliyunRpc rpc;

    public AliyunSmsGateway(Settings settings, Clock clock) {
        this.settings = settings;
        this.rpc = new AliyunRpc(settings.endpoint(), "2017-05-25",
                new AliyunRpc.Credentials(settings.accessKeyId(), settings.accessKeySecret()), clock);
    }

    @Override
    public void sendVerificationCode(MobileNumber to, String code, Duration validity) {
        send(to, settings.verificationTemplate(), Json.createObjectBuilder().add("code", code).build());
    }

    @Override
    public void sendOrderRejected(MobileNumber to, String orderNumber, String reason) {
        send(to, settings.rejectionTemplate(),
                Json.createObjectBuilder().add("order", orderNumber).add("reason", reason).build());
    }

    @Override
    public void sendSealsCancelled(MobileNumber to, String orderNumber, String seals) {
        send(to, settings.cancellationTemplate(),
                Json.createObjectBuilder().add("order", orderNumber).add("seals", seals).build());
    }

    @Override
    public void sendPasswordChanged(MobileNumber to) {
        sendAccountChange(to, SmsTexts.passwordChange());
    }

    @Override
    public void sendMobileChanged(MobileNumber to, MobileNumber newMobile) {
        sendAccountChange(to, SmsTexts.mobileChange(newMobile));
    }

    @Override
    public void sendParcelShipped(MobileNumber to, String orderNumber, String waybill, String trackingLink, String pin) {
        send(to, settings.shippedTemplate(), Json.createObjectBuilder().add("order", orderNumber).add("waybill", waybill)
                .add("link", trackingLink).add("pin", SmsTexts.pinNote(pin)).build());
    }

    @Override
    public void sendParcelDelivered(MobileNumber to, String orderNumber) {
        send(to, settings.deliveredTemplate(), Json.createObjectBuilder().add("order", orderNumber).build());
    }

    @Override
    public void sendParcelReturned(MobileNumber to, String orderNumber, String reason) {
        send(to, settings.returnedTemplate(),
                Json.createObjectBuilder().add("order", orderNumber).add("reason", reason).build());
    }

    @Override
    public void sendExpiryReminder(MobileNumber to, String seals, LocalDate expiry, long daysLeft, String link) {
        send(to, settings.expiryTemplate(), Json.createObjectBuilder().add("seals", seals)
                .add("date", SmsTexts.date(expiry)).add("days", String.valueOf(daysLeft)).add("link", link).build());
    }

    private void sendAccountChange(MobileNumber to, String change) {
        send(to, settings.accountChangeTemplate(), Json.createObjectBuilder().add("change", change).build());
    }

    private void send(MobileNumber to, String template, JsonObject parameters) {
        AliyunRpc.Answer answer;
        try {
            answer = rpc.call("SendSms", Map.of("PhoneNumbers", to.value(), "RegionId", "cn-hangzhou",
                    "SignName", settings.signName(), "TemplateCode", template, "TemplateParam", parameters.toString()));
        } catch (AliyunUnreachable e) {
            throw new SmsDeliveryException("SMS provider: " + e.getMessage(), e);
        }
        if (!"OK".equals(answer.code())) {
            throw new SmsDeliveryException("SMS provider refused: " + answer.code() + " " + answer.message(), null);
        }
    }

    @Override
    public String describe() {
        return "Alibaba Cloud SMS at " + settings.endpoint();
    }
}
