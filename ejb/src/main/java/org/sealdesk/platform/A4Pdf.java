package org.sealdesk.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * One A4 page of forms SealDesk prints (the impression form, the packing slip), in the Chinese font embedded as a
 * subset; refused before drawing when the font lacks a character the page prints.
 */
public final class A4Pdf {

    /** Draws on the page. */
    public interface Drawing {
        void draw(Page page) throws IOException;
    }

    /** The page being drawn: its size, and text and QR codes placed from the bottom-left corner, in points. */
    public record Page(PDDocument document, PDPageContentStream content, PDType0Font font, float width, float height) {

        public void text(float size, float x, float y, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        public void qrCode(String text, float x, float y, float size) throws IOException {
            content.drawImage(LosslessFactory.createFromImage(document, QrCode.image(text)), x, y, size, size);
        }
    }

    private A4Pdf() {
    }

    /**
     * @param printedText every character the page prints, checked against the font first
     * @param what what is printed, for the error that names a font lacking characters
     */
    public static byte[] render(CjkFont font, String printedText, String what, Drawing drawing) {
        try (PDDocument document = new PDDocument(); CjkFont.Source source = font.open()) {
            if (!source.covers(printedText)) {
                throw new IllegalStateException("The font " + font.describe() + " lacks characters of " + what
                        + "; set sealdesk.pdf.font to a font with fuller Chinese coverage");
            }
            PDType0Font pdfFont = PDType0Font.load(document, source.font(), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(new Page(document, content, pdfFont, page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + what + " with font " + font.describe(), e);
        }
    }
}
