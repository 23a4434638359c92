package org.sealdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode (the default) lets SealDesk start with no configuration at all: generated keys,
 * built-in adapters and pages that show what a real deployment sends out (the SMS outbox).
 */
@ApplicationScoped
public class SealDeskMode {

    @Inject
    @ConfigProperty(name = "sealdesk.demo", defaultValue = "true")
    boolean demo;

    public boolean isDemo() {
        return demo;
    }
}
