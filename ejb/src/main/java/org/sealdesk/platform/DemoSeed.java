package org.sealdesk.platform;

/** Data a demonstration needs (staff accounts, partners, …), seeded at start in demo mode, said in the log. */
public interface DemoSeed {

    /** Adds what is missing; runs at every start, so it leaves what is there as it is. */
    void seed();
}
