package org.sealdesk.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.platform.CjkFont;

class PackingSlipPdfTest {

    private static final PackingSlipPdf.Slip SLIP = new PackingSlipPdf.Slip("SD2026120412345678", "SW90511727260646",
            "肇庆市鼎盛建设工程有限公司", MailingAddress.of("欧阳娜娜", "13912345678", "广东省", "肇庆市", "端州区", "信安大道 8 号"),
            new Consignment.Sender("电子印章服务平台", "印章发货组", "13800138000", "广东省", "肇庆市", "端州区", "星湖大道 1 号"),
            ShippingService.CONTENTS);

    @Test
    void theSlipPrintsTheSerialAndTheRecipientAndItsQrCodeReadsAsTheOrderNumber() throws Exception {
        byte[] pdf = new PackingSlipPdf(CjkFont.of(Optional.empty())).render(SLIP);
        String text = PrintedPdf.text(pdf);
        for (String expected : new String[] {"电子印章 ukey 发货单", "SD2026120412345678", "SW90511727260646",
                "欧阳娜娜  13912345678", "广东省肇庆市端州区信安大道 8 号", "电子印章服务平台", "沿此线剪开"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertEquals("SD2026120412345678", PrintedPdf.qrCode(pdf), "a scanner reads the order number off the page");
    }
}
