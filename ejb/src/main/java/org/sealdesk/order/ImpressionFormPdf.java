package org.sealdesk.order;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.platform.QrCode;

/** Draws the seal impression collection form as an A4 PDF with the Chinese font embedded (subset). */
public class ImpressionFormPdf {

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 96;

    private final CjkFont font;

    public ImpressionFormPdf(CjkFont font) {
        this.font = font;
    }

    public byte[] render(ImpressionForm form) {
        try (PDDocument document = new PDDocument(); CjkFont.Source source = font.open()) {
            if (!source.covers(form.printedText())) {
                throw new IllegalStateException("The font " + font.describe() + " lacks characters of order "
                        + form.orderNumber() + "; set sealdesk.pdf.font to a font with fuller Chinese coverage");
            }
            PDType0Font pdfFont = PDType0Font.load(document, source.font(), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, pdfFont, 20, MARGIN, top - 20, ImpressionForm.TITLE);
                PDImageXObject qr = LosslessFactory.createFromImage(document, QrCode.image(form.orderNumber()));
                content.drawImage(qr, width - MARGIN - QR_SIZE, top - QR_SIZE, QR_SIZE, QR_SIZE);

                float y = top - 70;
                for (String[] field : form.fields()) {
                    text(content, pdfFont, 12, MARGIN, y, field[0] + "：");
                    text(content, pdfFont, 12, MARGIN + 120, y, field[1]);
                    y -= 24;
                }
                y -= 16;
                List<String> boxes = form.boxes();
                float boxHeight = 150;
                for (String label : boxes) {
                    content.addRect(MARGIN, y - boxHeight, width - 2 * MARGIN, boxHeight);
                    content.stroke();
                    text(content, pdfFont, 11, MARGIN + 8, y - 18, label);
                    y -= boxHeight + 16;
                }
                text(content, pdfFont, 10, MARGIN, y - 4, ImpressionForm.INSTRUCTIONS);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the impression form with font " + font.describe(), e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
