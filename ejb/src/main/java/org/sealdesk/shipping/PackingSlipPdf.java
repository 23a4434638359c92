package org.sealdesk.shipping;

import java.io.IOException;
import java.util.List;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.platform.A4Pdf;
import org.sealdesk.platform.CjkFont;

/**
 * The packing slip that goes into the envelope and the address label that goes on it, one A4 page cut in two: the
 * order number as a QR code (scanned when the parcel is packed or comes back), the ukey's serial, the recipient.
 */
public class PackingSlipPdf {

    /** What the page prints. */
    public record Slip(String orderNumber, String ukeySerial, String holder, MailingAddress recipient,
            Consignment.Sender sender, String contents) {

        List<String[]> packingLines() {
            return List.of(new String[] {"订单号", orderNumber}, new String[] {"ukey 序列号", ukeySerial},
                    new String[] {"印章持有", holder}, new String[] {"内件", contents});
        }

        List<String[]> labelLines() {
            return List.of(new String[] {"收件人", recipient.getRecipient() + "  " + recipient.getMobile()},
                    new String[] {"收件地址", recipient.oneLine()},
                    new String[] {"寄件人", sender.company() + "  " + sender.contact() + "  " + sender.mobile()},
                    new String[] {"寄件地址", sender.province() + sender.city() + sender.district() + sender.street()},
                    new String[] {"订单号", orderNumber});
        }

        String printedText() {
            StringBuilder text = new StringBuilder(PACKING_TITLE + LABEL_TITLE + CUT_HERE);
            packingLines().forEach(line -> text.append(line[0]).append(line[1]));
            labelLines().forEach(line -> text.append(line[0]).append(line[1]));
            return text.toString();
        }
    }

    static final String PACKING_TITLE = "电子印章 ukey 发货单";
    static final String LABEL_TITLE = "顺丰速运 收件信息";
    static final String CUT_HERE = "- - - - - - - - 沿此线剪开，下半页贴于信封 - - - - - - - -";
    private static final float MARGIN = 48;
    private static final float QR_SIZE = 110;

    private final CjkFont font;

    public PackingSlipPdf(CjkFont font) {
        this.font = font;
    }

    public byte[] render(Slip slip) {
        return A4Pdf.render(font, slip.printedText(), "the packing slip of order " + slip.orderNumber(), page -> {
            section(page, page.height() - MARGIN, PACKING_TITLE, slip.orderNumber(), slip.packingLines());
            page.text(9, MARGIN, page.height() / 2, CUT_HERE);
            section(page, page.height() / 2 - 30, LABEL_TITLE, slip.orderNumber(), slip.labelLines());
        });
    }

    private static void section(A4Pdf.Page page, float top, String title, String orderNumber, List<String[]> lines)
            throws IOException {
        page.text(18, MARGIN, top - 18, title);
        page.qrCode(orderNumber, page.width() - MARGIN - QR_SIZE, top - QR_SIZE, QR_SIZE);
        float y = top - 60;
        for (String[] line : lines) {
            page.text(12, MARGIN, y, line[0] + "：");
            page.text(12, MARGIN + 80, y, line[1]);
            y -= 24;
        }
    }
}
