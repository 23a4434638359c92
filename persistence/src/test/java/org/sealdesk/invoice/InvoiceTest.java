package org.sealdesk.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sealdesk.common.InvalidEntries;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    @ParameterizedTest(name = "{0} fen at {1} bp contains {2} fen of VAT")
    @CsvSource({"30000, 600, 1698", "60000, 600, 3396", "1, 600, 0", "106, 600, 6", "10000, 1300, 1150", "0, 600, 0"})
    void theTaxIsWhatThePriceContains(long price, int rate, long tax) {
        assertEquals(Money.ofFen(tax), Invoice.taxContained(Money.ofFen(price), rate));
    }

    @Test
    void aUnitBuyerNeedsItsCheckedCreditCodeAndAnEmail() {
        InvalidEntries refused = assertThrows(InvalidEntries.class, () -> InvoiceBuyer.of(BuyerType.UNIT, " ",
                "91441200MA4UJX8Q2X", "not-an-email", null, "12", null, "abc"));
        assertEquals(List.of("title", "taxNumber", "email", "phone", "account"),
                refused.each().stream().map(RuleViolation::field).toList());
        assertEquals("validation.creditCode.invalid", refused.each().get(1).messageKey());
        InvoiceBuyer unit = InvoiceBuyer.of(BuyerType.UNIT, "肇庆市鼎盛建设工程有限公司", "91441200ma4ujx8q2g",
                " finance@example.cn ", "", "0758-1234567", "工商银行肇庆分行", "2017 0000 1234 5678");
        assertEquals("91441200MA4UJX8Q2G", unit.getTaxNumber());
        assertEquals("finance@example.cn", unit.getEmail());
        assertNull(unit.getAddress(), "optional parts left empty stay empty");
    }

    @Test
    void aPersonNeedsNoTaxNumber() {
        assertNull(InvoiceBuyer.of(BuyerType.PERSON, "欧阳娜娜", null, "n@example.cn", null, null, null, null)
                .getTaxNumber());
        assertEquals("validation.buyerType.required", assertThrows(RuleViolation.class, () -> InvoiceBuyer.of(null,
                "欧阳娜娜", null, "n@example.cn", null, null, null, null)).messageKey());
    }

    @Test
    void theRequestIsCorrectedUntilIssuedThenFixed() {
        Invoice invoice = Invoice.requested(7, InvoiceBuyer.of(BuyerType.PERSON, "欧阳娜娜", null, "n@example.cn", null,
                null, null, null), Money.ofFen(30000), NOW);
        invoice.correct(InvoiceBuyer.of(BuyerType.PERSON, "欧阳娜", null, "n@example.cn", null, null, null, null));
        assertEquals("欧阳娜", invoice.getBuyer().getTitle());
        invoice.issued("DEMO2026120400000001", NOW, 600, "finance1", new byte[] {1}, "application/pdf");
        assertEquals(InvoiceStatus.ISSUED, invoice.getStatus());
        assertEquals(Money.ofFen(1698), invoice.getTax());
        assertEquals("invoice.issued", assertThrows(RuleViolation.class, () -> invoice.correct(InvoiceBuyer.of(
                BuyerType.PERSON, "x", null, "n@example.cn", null, null, null, null))).messageKey());
        assertEquals("invoice.issued", assertThrows(RuleViolation.class, () -> invoice.issued("2", NOW, 600, "f",
                new byte[] {1}, "application/pdf")).messageKey());
    }

    @Test
    void aRefundWithdrawsARequestAndReversesAnIssuedInvoice() {
        Invoice requested = Invoice.requested(8, InvoiceBuyer.of(BuyerType.PERSON, "欧阳娜娜", null, "n@example.cn",
                null, null, null, null), Money.ofFen(30000), NOW);
        assertEquals("invoice.notReversible", assertThrows(RuleViolation.class,
                () -> requested.reversed("R1", NOW, new byte[] {1}, "application/pdf")).messageKey());
        requested.withdraw();
        assertEquals(InvoiceStatus.WITHDRAWN, requested.getStatus());
        assertEquals("invoice.withdrawn", assertThrows(RuleViolation.class, () -> requested.issued("1", NOW, 600, "f",
                new byte[] {1}, "application/pdf")).messageKey());

        Invoice issued = Invoice.requested(9, requested.getBuyer(), Money.ofFen(30000), NOW);
        issued.issued("DEMO2026120400000002", NOW, 600, "finance1", new byte[] {1}, "application/pdf");
        issued.reversalDue();
        issued.reversed("25442000000000000009", NOW, new byte[] {2}, "application/ofd");
        assertEquals(InvoiceStatus.REVERSED, issued.getStatus());
        assertEquals("25442000000000000009", issued.getRedNumber());
        assertEquals("DEMO2026120400000002", issued.getNumber(), "the blue invoice's number stays");
        assertEquals("invoice.notReversible", assertThrows(RuleViolation.class,
                () -> issued.reversed("R2", NOW, new byte[] {1}, "application/pdf")).messageKey(), "reversed once");
    }
}
