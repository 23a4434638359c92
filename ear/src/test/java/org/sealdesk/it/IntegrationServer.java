package org.sealdesk.it;

/** Where the Liberty server under test listens, and which database it should be on (set by failsafe). */
final class IntegrationServer {

    private IntegrationServer() {
    }

    static String url() {
        return System.getProperty("sealdesk.it.url", "http://127.0.0.1:9181");
    }

    static String expectedDatabase() {
        return System.getProperty("sealdesk.it.database", "H2");
    }
}
