package org.sealdesk.shipping.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.sealdesk.web.ApiProblems;

/** The couriers' machine endpoints under {@code /couriers} (SF's route pushes); no session, no sign-in. */
@ApplicationPath("/couriers")
public class CourierEndpoints extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SfRoutePushes.class, ApiProblems.class);
    }
}
