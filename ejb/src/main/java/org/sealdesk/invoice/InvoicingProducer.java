package org.sealdesk.invoice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.ca.PlatformPdfSigner;
import org.sealdesk.ca.PlatformSeals;
import org.sealdesk.platform.AdapterChoice;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.platform.SealDeskMode;

/**
 * Chooses how invoices are issued from {@code sealdesk.invoice.provider}: {@code sample} (the default in demo mode,
 * refused outside it), {@code nuonuo} (an e-invoice provider's open API) or {@code upload} (the default otherwise:
 * finance uploads the tax platform's file); and the seller and VAT rate ({@code sealdesk.invoice.*}).
 */
@ApplicationScoped
public class InvoicingProducer {

    @Inject
    Config config;

    @Inject
    SealDeskMode mode;

    @Inject
    PlatformPdfSigner signer;

    @EJB
    PlatformSeals seals;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.pdf.font")
    Optional<String> pdfFont;

    @Produces
    @ApplicationScoped
    Invoicing invoicing() {
        Map<String, Supplier<Invoicing>> offered = new LinkedHashMap<>();
        offered.put("sample", () -> {
            if (!mode.isDemo()) {
                throw new IllegalStateException("sealdesk.invoice.provider=sample makes sample invoices, which are no "
                        + "tax invoices: it is for demo mode only; use upload");
            }
            return new SampleInvoicing(new SampleInvoicePdf(CjkFont.of(pdfFont)), signer, clock);
        });
        offered.put("nuonuo", () -> new NuonuoInvoicing(new NuonuoInvoicing.Settings(
                URI.create(config.getOptionalValue("sealdesk.invoice.nuonuo.base-url", String.class)
                        .orElse("https://sdk.nuonuo.com")),
                config.getValue("sealdesk.invoice.nuonuo.app-key", String.class),
                config.getValue("sealdesk.invoice.nuonuo.app-secret", String.class),
                config.getValue("sealdesk.invoice.nuonuo.access-token", String.class),
                config.getOptionalValue("sealdesk.invoice.nuonuo.result-wait", Duration.class)
                        .orElse(Duration.ofSeconds(20))), clock));
        offered.put("upload", UploadedInvoices::new);
        return AdapterChoice.of(config, "sealdesk.invoice.provider", mode.isDemo() ? "sample" : "upload", offered);
    }

    /** Dependent: a record cannot be proxied. The name is the platform seal's unless set. */
    @Produces
    Seller seller() {
        return new Seller(config.getOptionalValue("sealdesk.invoice.seller.name", String.class)
                .orElseGet(() -> seals.current().getText()),
                setting("seller.tax-number", "12441200MB2C486107"),
                setting("seller.address-phone", "肇庆市端州区（演示地址） 0758-0000000"),
                setting("seller.bank-account", "（演示）开户行及账号"));
    }

    /** The VAT rate in basis points, from {@code sealdesk.invoice.vat-rate-percent} (6 for IT services). */
    @Produces
    @VatRate
    int vatRateBasisPoints() {
        return new BigDecimal(setting("vat-rate-percent", "6")).movePointRight(2).intValueExact();
    }

    private String setting(String name, String demo) {
        return config.getOptionalValue("sealdesk.invoice." + name, String.class).orElse(demo);
    }
}
