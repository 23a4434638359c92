package org.sealdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.sealdesk.ca.web.OcspEndpoint;
import org.sealdesk.ca.web.PkiPublication;
import org.sealdesk.ca.web.VerificationEndpoint;

/**
 * {@code /pki/*}, reserved for what relying parties fetch without signing in (CRLs, OCSP, CA certificates): no
 * Faces servlet (this path mapping wins over {@code *.xhtml}), no session, no sign-in ({@link SignInMechanism}
 * and the filters let it pass untouched). Unknown paths answer 404 in JSON.
 */
@ApplicationPath(PkiEndpoints.PATH)
public class PkiEndpoints extends Application {

    public static final String PATH = "/pki";

    /** By the decoded servlet path the container dispatches on, never the raw URI (which may hide "/" as %2F). */
    static boolean isFor(HttpServletRequest request) {
        return PATH.equals(request.getServletPath());
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PkiPublication.class, OcspEndpoint.class, VerificationEndpoint.class, ApiProblems.class);
    }
}
