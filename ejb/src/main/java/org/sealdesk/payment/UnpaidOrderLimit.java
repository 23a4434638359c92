package org.sealdesk.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.order.SealOrder;

/** How long a submitted order waits for its money ({@code sealdesk.payment.unpaid-order-timeout}). */
@ApplicationScoped
public class UnpaidOrderLimit {

    @Inject
    @ConfigProperty(name = "sealdesk.payment.unpaid-order-timeout", defaultValue = "PT30M")
    Duration timeout;

    public Duration timeout() {
        return timeout;
    }

    public Instant deadlineOf(SealOrder order) {
        return order.paymentDeadline(timeout);
    }
}
