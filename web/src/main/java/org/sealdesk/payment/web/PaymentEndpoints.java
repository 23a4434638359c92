package org.sealdesk.payment.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.sealdesk.web.ApiProblems;

/** The payment gateways' machine endpoints under {@code /payments}. */
@ApplicationPath("/payments")
public class PaymentEndpoints extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PaymentNotifications.class, ApiProblems.class);
    }
}
