package org.sealdesk.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.sealdesk.crypto.Pem;
import org.sealdesk.payment.wechat.PlatformKeys;
import org.sealdesk.payment.wechat.WechatPayGateway;
import org.sealdesk.payment.wechat.WechatPaySettings;
import org.sealdesk.platform.AdapterChoice;

/**
 * Chooses the payment gateway from {@code sealdesk.payment.gateway}: {@code sandbox} (default,
 * simulated, nothing charged) or {@code wechat} (WeChat Pay API v3, settings under
 * {@code sealdesk.payment.wechat.*}).
 */
@ApplicationScoped
public class PaymentGatewayProducer {

    static final String PREFIX = "sealdesk.payment.wechat.";

    @Inject
    Config config;

    @Inject
    SandboxGateway sandbox;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    PaymentGateway gateway() {
        Map<String, Supplier<PaymentGateway>> offered = new LinkedHashMap<>();
        offered.put("sandbox", () -> sandbox);
        offered.put("wechat", () -> new WechatPayGateway(wechatSettings(), clock));
        return AdapterChoice.of(config, "sealdesk.payment.gateway", "sandbox", offered);
    }

    private WechatPaySettings wechatSettings() {
        List<X509Certificate> certificates = config.getOptionalValue(PREFIX + "platform-certificate-files", String.class)
                .map(files -> Arrays.stream(files.split(",")).map(String::strip).map(file -> Pem.certificate(read(file)))
                        .toList())
                .orElse(List.of());
        PublicKey publicKey = config.getOptionalValue(PREFIX + "public-key-file", String.class)
                .map(file -> Pem.rsaPublicKey(read(file))).orElse(null);
        PlatformKeys platformKeys;
        try {
            platformKeys = PlatformKeys.of(certificates,
                    config.getOptionalValue(PREFIX + "public-key-id", String.class).orElse(null), publicKey);
        } catch (IllegalArgumentException incomplete) {
            throw new IllegalStateException("WeChat Pay needs " + PREFIX + "platform-certificate-files, or "
                    + PREFIX + "public-key-file with " + PREFIX + "public-key-id (PUB_KEY_ID_…), or both", incomplete);
        }
        byte[] apiV3Key = setting("api-v3-key").getBytes(StandardCharsets.UTF_8);
        if (apiV3Key.length != 32) {
            throw new IllegalStateException(PREFIX + "api-v3-key must be the 32 characters set in the merchant platform");
        }
        return new WechatPaySettings(
                URI.create(config.getOptionalValue(PREFIX + "base-url", String.class).orElse("https://api.mch.weixin.qq.com")),
                setting("mchid"), setting("appid"), setting("merchant-serial"),
                Pem.rsaPrivateKey(read(setting("merchant-key-file"))), platformKeys, apiV3Key, setting("notify-url"));
    }

    private String setting(String name) {
        return config.getOptionalValue(PREFIX + name, String.class)
                .orElseThrow(() -> new IllegalStateException("WeChat Pay needs " + PREFIX + name));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
