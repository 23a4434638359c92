package org.sealdesk.invoice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;

class NuonuoInvoicingTest {

    private static final InvoiceBuyer BUYER = InvoiceBuyer.of(BuyerType.UNIT, "肇庆市鼎盛建设工程有限公司",
            "91441200MA4UJX8Q2G", "caiwu@example.cn", null, null, null, null);
    private static final Seller SELLER = new Seller("肇庆市公共资源交易中心", "12441200MB2C486107", "", "");

    private final FakeNuonuo provider = FakeNuonuo.start();

    @AfterEach
    void stop() {
        provider.close();
    }

    private NuonuoInvoicing invoicing(String secret, Duration wait) {
        return new NuonuoInvoicing(new NuonuoInvoicing.Settings(provider.url(), FakeNuonuo.APP_KEY, secret,
                FakeNuonuo.TOKEN, wait), Clock.systemUTC());
    }

    private static InvoiceDraft draft(String reverses) {
        return new InvoiceDraft("SD2026120400000001", BUYER, SELLER, "*信息技术服务*电子印章及数字证书服务",
                Money.ofFen(30000), 600, "finance1", reverses);
    }

    @Test
    void aBlueInvoiceIsSubmittedSignedAndFetchedOnceTheProviderHasMadeIt() {
        provider.pendingFor(2);
        Invoicing.Issued issued = invoicing(FakeNuonuo.APP_SECRET, Duration.ofSeconds(5)).issue(draft(null));
        assertEquals("25442000000000000001", issued.number());
        assertArrayEquals("%PDF-1.7 invoice /pdf/25442000000000000001.pdf".getBytes(StandardCharsets.US_ASCII),
                issued.file());
        JsonObject order = provider.submitted().get(0);
        assertEquals(List.of("SD2026120400000001B", "1", "91441200MA4UJX8Q2G", "12441200MB2C486107", "pc"),
                List.of(order.getString("orderNo"), order.getString("invoiceType"), order.getString("buyerTaxNum"),
                        order.getString("salerTaxNum"), order.getString("invoiceLine")));
        JsonObject line = order.getJsonArray("invoiceDetail").getJsonObject(0);
        assertEquals(List.of("300.00", "16.98", "0.06"), List.of(line.getString("taxIncludedAmount"),
                line.getString("tax"), line.getString("taxRate")));
    }

    @Test
    void aRetryPicksUpTheInvoiceInsteadOfIssuingItTwice() {
        provider.pendingFor(100);
        assertEquals("invoice.provider.pending", assertThrows(RuleViolation.class,
                () -> invoicing(FakeNuonuo.APP_SECRET, Duration.ofMillis(50)).issue(draft(null))).messageKey());
        provider.pendingFor(0);
        Invoicing.Issued later = invoicing(FakeNuonuo.APP_SECRET, Duration.ofMillis(50)).issue(draft(null));
        assertEquals(1, provider.submitted().size(), "submitted once");
        assertEquals("25442000000000000001", later.number());
    }

    @Test
    void aRedInvoiceNamesTheBlueOneAndIsNegative() {
        invoicing(FakeNuonuo.APP_SECRET, Duration.ofSeconds(5)).issue(draft("25442000000000000001"));
        JsonObject order = provider.submitted().get(0);
        assertEquals(List.of("SD2026120400000001R", "2", "25442000000000000001", "-300.00"),
                List.of(order.getString("orderNo"), order.getString("invoiceType"), order.getString("invoiceNum"),
                        order.getJsonArray("invoiceDetail").getJsonObject(0).getString("taxIncludedAmount")));
    }

    @Test
    void aWrongSecretAndARefusalCarryTheProvidersCodeAndWords() {
        RuleViolation badSignature = assertThrows(RuleViolation.class,
                () -> invoicing("wrong", Duration.ofSeconds(1)).issue(draft(null)));
        assertEquals("invoice.provider.refused", badSignature.messageKey());
        assertEquals(List.of("070301", "签名验证失败"), List.of(badSignature.arguments()));
        provider.refuse("E9106", "销方税号与授权不一致");
        assertEquals(List.of("E9106", "销方税号与授权不一致"), List.of(assertThrows(RuleViolation.class,
                () -> invoicing(FakeNuonuo.APP_SECRET, Duration.ofSeconds(1)).issue(draft(null))).arguments()));
    }
}
