package org.sealdesk.token;

/**
 * Which connector the pages need. The connector reports its release ({@code GET /v1/about}); a page finding an
 * older one — or one without that path, release 1 — asks the user to download the current one. Raise it whenever
 * the pages start to use something older connectors lack.
 */
public final class ConnectorRelease {

    /** This build's connector: 2 added {@code /v1/about}. */
    public static final int CURRENT = 2;

    private ConnectorRelease() {
    }
}
