package org.sealdesk.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sealdesk.aliyun.FakeCloudauth;
import org.sealdesk.shipping.FakeSfExpress;

/**
 * The outside providers a test server is configured to call, faked on loopback for the whole test run: Alibaba
 * Cloud ID Verification on {@code sealdesk.it.cloudauth.port} where that is set (the WeChat Pay server's run), the SF
 * Express open platform on {@code sealdesk.it.sf.port} (the service tests' servers, whose tests set routes through its /fake/routes). Registered for every test class
 * (META-INF/services); started before the first, stopped after the last.
 */
public class FakeProviders implements BeforeAllCallback {

    private static volatile FakeCloudauth cloudauth;

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        Integer cloudauthPort = Integer.getInteger("sealdesk.it.cloudauth.port");
        if (cloudauthPort != null) {
            store.getOrComputeIfAbsent(FakeCloudauth.class, key -> {
                cloudauth = FakeCloudauth.start(cloudauthPort);
                return (ExtensionContext.Store.CloseableResource) () -> cloudauth.endpoint().close();
            });
        }
        Integer sfPort = Integer.getInteger("sealdesk.it.sf.port");
        if (sfPort != null) {
            store.getOrComputeIfAbsent(FakeSfExpress.class, key -> {
                FakeSfExpress sf = FakeSfExpress.start(sfPort);
                return (ExtensionContext.Store.CloseableResource) sf::close;
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
