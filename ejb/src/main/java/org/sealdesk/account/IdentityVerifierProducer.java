package org.sealdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.sealdesk.aliyun.AliyunRpc;
import org.sealdesk.platform.AdapterChoice;

/**
 * Chooses the real-name verifier from {@code sealdesk.identity.verifier}: {@code checksum} (default, built in) or
 * {@code aliyun} (Alibaba Cloud ID Verification, settings under {@code sealdesk.identity.aliyun.*}).
 */
@ApplicationScoped
public class IdentityVerifierProducer {

    static final String PREFIX = "sealdesk.identity.aliyun.";

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    IdentityVerifier verifier() {
        Map<String, Supplier<IdentityVerifier>> offered = new LinkedHashMap<>();
        offered.put("checksum", ChecksumIdentityVerifier::new);
        offered.put("aliyun", () -> new AliyunIdentityVerifier(new AliyunRpc(
                URI.create(config.getOptionalValue(PREFIX + "endpoint", String.class)
                        .orElse("https://cloudauth.aliyuncs.com/")), AliyunIdentityVerifier.VERSION,
                new AliyunRpc.Credentials(config.getValue(PREFIX + "access-key-id", String.class),
                        config.getValue(PREFIX + "access-key-secret", String.class)), clock)));
        return AdapterChoice.of(config, "sealdesk.identity.verifier", "checksum", offered);
    }
}
