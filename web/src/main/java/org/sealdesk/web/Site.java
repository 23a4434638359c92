package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.SealDeskMode;

/** Site-wide facts the layout shows. */
@Named
@ApplicationScoped
public class Site {

    @Inject
    @ConfigProperty(name = "sealdesk.site.hotline", defaultValue = "020-31700081")
    String hotline;

    @Inject
    SealDeskMode mode;

    public String getHotline() {
        return hotline;
    }

    public boolean isDemo() {
        return mode.isDemo();
    }
}
