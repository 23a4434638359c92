package org.sealdesk.account.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.sealdesk.rekey.web.RekeyResource;
import org.sealdesk.replacement.web.ReplacementResource;
import org.sealdesk.unlock.web.UnlockResource;
import org.sealdesk.web.ApiProblems;

/** The applicant's JSON API under {@code /account/api}: signed-in applicants only (web.xml), refusals in JSON. */
@ApplicationPath("/account/api")
public class AccountEndpoints extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(RekeyResource.class, UnlockResource.class, ReplacementResource.class, ApiProblems.class);
    }
}
