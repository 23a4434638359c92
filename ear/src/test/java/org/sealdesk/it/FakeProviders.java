package org.sealdesk.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sealdesk.aliyun.FakeCloudauth;

/**
 * The outside providers a test server is configured to call, faked on loopback for the whole test run: Alibaba
 * Cloud ID Verification on {@code sealdesk.it.cloudauth.port} where that is set (the WeChat Pay server's run).
 * Registered for every test class (META-INF/services); started before the first, stopped after the last.
 */
public class FakeProviders implements BeforeAllCallback {

    private static volatile FakeCloudauth cloudauth;

    @Override
    public void beforeAll(ExtensionContext context) {
        Integer port = Integer.getInteger("sealdesk.it.cloudauth.port");
        if (port != null) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(FakeProviders.class,
                    key -> {
                        cloudauth = FakeCloudauth.start(port);
                        return (ExtensionContext.Store.CloseableResource) () -> cloudauth.endpoint().close();
                    });
        }
    }

    /** The fake ID Verification, to put identities on the authority's record. */
    static FakeCloudauth cloudauth() {
        if (cloudauth == null) {
            throw new IllegalStateException("no fake ID Verification in this run: sealdesk.it.cloudauth.port is not set");
        }
        return cloudauth;
    }
}
