package org.sealdesk.invoice;

import java.awt.Color;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sealdesk.ca.PlatformPdfSigner;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.platform.A4Pdf;
import org.sealdesk.platform.CjkFont;

/**
 * The demo's invoice as a PDF: laid out as an e-invoice is (buyer, seller, the item with its tax, the total in
 * capitals and in figures, number and date), and marked across the top as a sample that is no tax invoice; a red one
 * (冲红) in negative amounts, naming the blue invoice it cancels. The seal goes where {@link #SEAL} says, as the
 * signature's appearance.
 */
public class SampleInvoicePdf {

    static final String TITLE = "电子发票（普通发票）";
    static final String RED_TITLE = "电子发票（普通发票）· 红字";
    static final String SAMPLE = "样票 · 非税务发票 · 仅供演示   SAMPLE – NOT A TAX INVOICE";
    static final PlatformPdfSigner.Placement SEAL = new PlatformPdfSigner.Placement(430, 440, 110);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日").withZone(ServiceZone.ZONE);
    private static final float MARGIN = 48;

    private final CjkFont font;

    public SampleInvoicePdf(CjkFont font) {
        this.font = font;
    }

    public byte[] render(InvoiceDraft draft, String number, Instant issuedAt) {
        List<String[]> buyer = party(draft.buyer().getTitle(), draft.buyer().getTaxNumber(),
                join(draft.buyer().getAddress(), draft.buyer().getPhone()),
                join(draft.buyer().getBank(), draft.buyer().getAccount()));
        List<String[]> seller = party(draft.seller().name(), draft.seller().taxNumber(), draft.seller().addressPhone(),
                draft.seller().bankAccount());
        String[] header = {"项目名称", "数量", "单价", "金额", "税率", "税额"};
        String sign = draft.isRed() ? "-" : "";
        String[] line = {draft.item(), sign + "1", draft.net().yuan(), sign + draft.net().yuan(), draft.rate(),
                sign + draft.tax().yuan()};
        String capitals = (draft.isRed() ? "（负数）" : "") + AmountInWords.of(draft.amount());
        String remark = "订单号 " + draft.orderNumber() + (draft.isRed() ? "；对应蓝字发票号码 " + draft.reverses() : "");
        StringBuilder printed = new StringBuilder(RED_TITLE + SAMPLE + "发票号码开票日期购买方销售方合计价税合计（大写）（小写）备注：开票人-¥"
                + number + DATE.format(issuedAt) + capitals + remark + draft.clerk());
        for (List<String[]> rows : List.of(buyer, seller, List.of(header, line))) {
            rows.forEach(row -> printed.append(String.join("", row)));
        }
        return A4Pdf.render(font, printed.toString(), "invoice " + number, page -> {
            float top = page.height() - MARGIN;
            page.text(20, MARGIN, top - 20, draft.isRed() ? RED_TITLE : TITLE);
            page.content().setNonStrokingColor(new Color(0xB71C1C));
            page.text(11, MARGIN, top - 42, SAMPLE);
            page.content().setNonStrokingColor(Color.BLACK);
            page.text(10, 380, top - 16, "发票号码：" + number);
            page.text(10, 380, top - 32, "开票日期：" + DATE.format(issuedAt));
            float y = section(page, top - 80, "购买方", buyer);
            y = section(page, y - 10, "销售方", seller);
            y -= 16;
            float[] columns = {MARGIN, 250, 290, 350, 420, 470};
            for (String[] row : List.of(header, line)) {
                for (int i = 0; i < row.length; i++) {
                    page.text(10, columns[i], y, row[i]);
                }
                y -= 18;
            }
            page.text(10, MARGIN, y, "合计");
            page.text(10, columns[3], y, sign + "¥" + draft.net().yuan());
            page.text(10, columns[5], y, sign + "¥" + draft.tax().yuan());
            y -= 24;
            page.text(11, MARGIN, y, "价税合计（大写）" + capitals);
            page.text(11, 380, y, "（小写）" + sign + "¥" + draft.amount().yuan());
            y -= 24;
            page.text(10, MARGIN, y, "备注：" + remark);
            page.text(10, MARGIN, y - 18, "开票人：" + draft.clerk());
        });
    }

    private static List<String[]> party(String name, String taxNumber, String addressPhone, String bankAccount) {
        return List.of(new String[] {"名称", name}, new String[] {"纳税人识别号", taxNumber == null ? "" : taxNumber},
                new String[] {"地址、电话", addressPhone}, new String[] {"开户行及账号", bankAccount});
    }

    private static String join(String first, String second) {
        return String.join(" ", java.util.stream.Stream.of(first, second).filter(part -> part != null && !part.isBlank())
                .toList());
    }

    private static float section(A4Pdf.Page page, float top, String title, List<String[]> rows) throws IOException {
        page.text(11, MARGIN, top, title);
        float y = top - 18;
        for (String[] row : rows) {
            page.text(10, MARGIN + 16, y, row[0] + "：");
            page.text(10, MARGIN + 100, y, row[1]);
            y -= 16;
        }
        return y;
    }
}
