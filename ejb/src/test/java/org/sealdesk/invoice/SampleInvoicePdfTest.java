package org.sealdesk.invoice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.shipping.PrintedPdf;

class SampleInvoicePdfTest {

    private static final InvoiceBuyer BUYER = InvoiceBuyer.of(BuyerType.UNIT, "肇庆市鼎盛建设工程有限公司",
            "91441200MA4UJX8Q2G", "caiwu@example.cn", "信安大道 8 号", "0758-1234567", "工商银行肇庆分行", "2017000012345678");
    private static final Seller SELLER = new Seller("肇庆市公共资源交易中心", "12441200MB2C486107", "端州区 0758-0000000",
            "（演示）开户行及账号");
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void theBlueInvoiceStatesBuyerSellerTaxAndTheTotalInFiguresAndCapitals() throws Exception {
        String text = PrintedPdf.text(new SampleInvoicePdf(CjkFont.of(Optional.empty())).render(new InvoiceDraft(
                "SD2026120400000001", BUYER, SELLER, "*信息技术服务*电子印章及数字证书服务", Money.ofFen(30000), 600,
                "finance1", null), "DEMO2026120400000001", NOW));
        for (String expected : new String[] {"样票", "DEMO2026120400000001", "2026年12月04日", "91441200MA4UJX8Q2G",
                "12441200MB2C486107", "283.02", "16.98", "6%", "叁佰元整", "¥300.00", "SD2026120400000001", "finance1"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void theRedInvoiceIsNegativeAndNamesTheBlueOne() throws Exception {
        String text = PrintedPdf.text(new SampleInvoicePdf(CjkFont.of(Optional.empty())).render(new InvoiceDraft(
                "SD2026120400000001", BUYER, SELLER, "*信息技术服务*电子印章及数字证书服务", Money.ofFen(30000), 600,
                "finance1", "DEMO2026120400000001"), "DEMO2026120400000002", NOW));
        for (String expected : new String[] {"红字", "-283.02", "-16.98", "（负数）叁佰元整", "-¥300.00",
                "对应蓝字发票号码 DEMO2026120400000001"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }
}
