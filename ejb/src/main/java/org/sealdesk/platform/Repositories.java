package org.sealdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.order.Orders;
import org.sealdesk.payment.Payments;
import org.sealdesk.production.Productions;
import org.sealdesk.seal.Seals;
import org.sealdesk.ukey.Ukeys;
import org.sealdesk.shipping.Shipments;

/** The aggregates' repositories, over the container's transaction-scoped entity manager. */
@ApplicationScoped
public class Repositories {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Produces
    Orders orders() {
        return new Orders(em);
    }

    @Produces
    Certificates certificates() {
        return new Certificates(em);
    }

    @Produces
    Payments payments() {
        return new Payments(em);
    }

    @Produces
    Productions productions() {
        return new Productions(em);
    }

    @Produces
    Shipments shipments() {
        return new Shipments(em);
    }

    @Produces
    Seals seals() {
        return new Seals(em);
    }

    @Produces
    Ukeys ukeys() {
        return new Ukeys(em);
    }
}
