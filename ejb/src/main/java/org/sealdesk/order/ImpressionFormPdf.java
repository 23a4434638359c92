package org.sealdesk.order;

import java.util.List;
import org.sealdesk.platform.A4Pdf;
import org.sealdesk.platform.CjkFont;

/** Draws the seal impression collection form as an A4 PDF with the Chinese font embedded (subset). */
public class ImpressionFormPdf {

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 96;

    private final CjkFont font;

    public ImpressionFormPdf(CjkFont font) {
        this.font = font;
    }

    public byte[] render(ImpressionForm form) {
        return A4Pdf.render(font, form.printedText(), "the impression form of order " + form.orderNumber(), page -> {
            float top = page.height() - MARGIN;
            page.text(20, MARGIN, top - 20, ImpressionForm.TITLE);
            page.qrCode(form.orderNumber(), page.width() - MARGIN - QR_SIZE, top - QR_SIZE, QR_SIZE);
            float y = top - 70;
            for (String[] field : form.fields()) {
                page.text(12, MARGIN, y, field[0] + "：");
                page.text(12, MARGIN + 120, y, field[1]);
                y -= 24;
            }
            y -= 16;
            List<String> boxes = form.boxes();
            float boxHeight = 150;
            for (String label : boxes) {
                page.content().addRect(MARGIN, y - boxHeight, page.width() - 2 * MARGIN, boxHeight);
                page.content().stroke();
                page.text(11, MARGIN + 8, y - 18, label);
                y -= boxHeight + 16;
            }
            page.text(10, MARGIN, y - 4, ImpressionForm.INSTRUCTIONS);
        });
    }
}
