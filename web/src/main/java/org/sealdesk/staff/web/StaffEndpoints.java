package org.sealdesk.staff.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.sealdesk.audit.web.AuditChainResource;
import org.sealdesk.production.web.ProductionResource;
import org.sealdesk.web.ApiProblems;

/** The staff JSON API under {@code /staff/api}: signed-in staff only (web.xml), 401 and 403 in JSON. */
@ApplicationPath("/staff/api")
public class StaffEndpoints extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AuditChainResource.class, ProductionResource.class, ApiProblems.class);
    }
}
