package org.sealdesk.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.sealdesk.platform.AdapterChoice;

/** Chooses the SMS gateway from {@code sealdesk.sms.gateway}: {@code outbox} (default) or {@code aliyun}. */
@ApplicationScoped
public class SmsGatewayProducer {

    @Inject
    Config config;

    @Inject
    OutboxSmsGateway outbox;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        Map<String, Supplier<SmsGateway>> offered = new LinkedHashMap<>();
        offered.put("outbox", () -> outbox);
        offered.put("aliyun", () -> new AliyunSmsGateway(new AliyunSmsGateway.Settings(
                URI.create(config.getOptionalValue("sealdesk.sms.aliyun.endpoint", String.class)
                        .orElse("https://dysmsapi.aliyuncs.com/")),
                config.getValue("sealdesk.sms.aliyun.access-key-id", String.class),
                config.getValue("sealdesk.sms.aliyun.access-key-secret", String.class),
                config.getValue("sealdesk.sms.aliyun.sign-name", String.class),
                config.getValue("sealdesk.sms.aliyun.template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.rejection-template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.cancellation-template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.account-change-template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.shipped-template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.delivered-template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.returned-template-code", String.class),
                config.getValue("sealdesk.sms.aliyun.expiry-template-code", String.class)), clock));
        return AdapterChoice.of(config, "sealdesk.sms.gateway", "outbox", offered);
    }
}
