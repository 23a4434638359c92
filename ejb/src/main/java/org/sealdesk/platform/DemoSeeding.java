package org.sealdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** In demo mode ({@code sealdesk.demo}, the default), every {@link DemoSeed} seeds at start, after the schema check. */
@Singleton
@Startup
@DependsOn("StartupCheck")
public class DemoSeeding {

    @Inject
    SealDeskMode mode;

    @Inject
    Instance<DemoSeed> seeds;

    @PostConstruct
    void seed() {
        if (mode.isDemo()) {
            seeds.forEach(DemoSeed::seed);
        }
    }
}
