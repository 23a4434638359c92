package org.sealdesk.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where anyone can follow a parcel: {@code sealdesk.shipping.tracking-url} with {@code {waybill}} in it. */
@ApplicationScoped
public class TrackingLinks {

    @Inject
    @ConfigProperty(name = "sealdesk.shipping.tracking-url",
            defaultValue = "https://www.sf-express.com/chn/sc/waybill/waybill-detail/{waybill}")
    String template;

    public String link(Waybill waybill) {
        return template.replace("{waybill}", waybill.value());
    }
}
