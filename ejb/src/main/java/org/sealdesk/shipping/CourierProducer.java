package org.sealdesk.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.sealdesk.platform.AdapterChoice;

/**
 * Chooses the courier from {@code sealdesk.shipping.courier}: {@code manual} (default: the shipper types SF's paper
 * waybill) or {@code sf} (the SF Express open platform), and says who sends parcels
 * ({@code sealdesk.shipping.sender.*}; with {@code sf} every part must be set, as SF prints it on the label).
 */
@ApplicationScoped
public class CourierProducer {

    private static final String SENDER = "sealdesk.shipping.sender.";

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    Courier courier() {
        Map<String, Supplier<Courier>> offered = new LinkedHashMap<>();
        offered.put("manual", ManualCourier::new);
        offered.put("sf", () -> new SfExpressCourier(new SfExpressCourier.Settings(
                URI.create(config.getOptionalValue("sealdesk.shipping.sf.service-url", String.class)
                        .orElse("https://sfapi.sf-express.com/std/service")),
                config.getValue("sealdesk.shipping.sf.partner-id", String.class),
                config.getValue("sealdesk.shipping.sf.check-word", String.class),
                config.getOptionalValue("sealdesk.shipping.sf.monthly-card", String.class).orElse(null),
                sender(true)), clock));
        return AdapterChoice.of(config, "sealdesk.shipping.courier", "manual", offered);
    }

    /** Dependent: a record cannot be proxied, and reading seven settings costs nothing. */
    @Produces
    Consignment.Sender sender() {
        return sender(false);
    }

    private Consignment.Sender sender(boolean required) {
        return new Consignment.Sender(part("company", "电子印章服务平台", required), part("contact", "印章发货组", required),
                part("mobile", "13800138000", required), part("province", "广东省", required),
                part("city", "肇庆市", required), part("district", "端州区", required),
                part("street", "（演示地址，请设置 sealdesk.shipping.sender.street）", required));
    }

    private String part(String name, String demo, boolean required) {
        return required ? config.getValue(SENDER + name, String.class)
                : config.getOptionalValue(SENDER + name, String.class).orElse(demo);
    }
}
