package org.sealdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sealdesk.platform.CjkFont;

class ImpressionFormPdfTest {

    private static final CjkFont FONT = CjkFont.of(Optional.empty());

    private static final ImpressionForm ENTERPRISE = new ImpressionForm("SD2026112112345678", OrderKind.NEW_ENTERPRISE_SEAL,
            "肇庆市鼎盛建设工程有限公司", "91441200MA4UJX8Q2K", "王小明");
    private static final ImpressionForm PERSONAL = new ImpressionForm("SD2026112187654321", OrderKind.NEW_PERSONAL_SEAL,
            null, null, "欧阳娜娜");

    @Test
    void printsTheOrderUnitAndBoxesAsRealText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new ImpressionFormPdf(FONT).render(ENTERPRISE))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : new String[] {"电子印章印模采集表", "SD2026112112345678", "肇庆市鼎盛建设工程有限公司",
                    "91441200MA4UJX8Q2K", "王小明", "单位公章印模", "法定代表人签名", "经办人签名及日期"}) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont embedded = page.getResources().getFont(name);
                assertTrue(embedded.isEmbedded(), embedded.getName() + " is embedded");
            }
        }
    }

    @Test
    void theFontHasAGlyphForEveryCharacterTheFormsPrint() throws Exception {
        try (CjkFont.Source source = FONT.open()) {
            assertTrue(source.covers(ENTERPRISE.printedText()), ENTERPRISE.printedText());
            assertTrue(source.covers(PERSONAL.printedText()), PERSONAL.printedText());
            assertTrue(source.covers("（）：、，。·0123456789ABCDEFGHJKLMNPQRTUWXY"));
            assertFalse(source.covers("\uD83D\uDE00"), "the check notices a character the font lacks");
        }
    }

    @Test
    void theBuiltInFontCoversEveryCharacterOfGb2312() throws Exception {
        // GB 2312: rows 16–55 (level 1) and 56–87 (level 2) hold the 6,763 Hanzi, rows 1–9 the symbols, digits,
        // Latin, kana, Greek and Cyrillic letters and box drawing; together what names and addresses are written in.
        StringBuilder all = new StringBuilder();
        Charset gb2312 = Charset.forName("GB2312");
        for (int row = 0xA1; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String decoded = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
                if (!decoded.contains("\uFFFD") && Character.isIdeographic(decoded.codePointAt(0))) {
                    all.append(decoded);
                }
            }
        }
        assertEquals(6763, all.length(), "every GB 2312 Hanzi");
        try (CjkFont.Source source = FONT.open()) {
            String missing = all.codePoints().filter(cp -> {
                try {
                    return !source.covers(Character.toString(cp));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals("", missing, "characters without a glyph");
            assertTrue(source.covers("（）：、，。·—《》“”0123456789ABCDEFGHJKLMNPQRTUWXY¥"));
        }
    }

    @Test
    void aConfiguredFontThatCannotBeReadIsRefusedAtOnce() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CjkFont.of(Optional.of("/no/such/font.ttf")));
        assertTrue(refused.getMessage().contains("sealdesk.pdf.font"), refused.getMessage());
    }

    @Test
    void theQrCodeReadsAsTheOrderNumber() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new ImpressionFormPdf(FONT).render(PERSONAL))) {
            PDPage page = pdf.getPage(0);
            COSName imageName = page.getResources().getXObjectNames().iterator().next();
            BufferedImage qr = ((PDImageXObject) page.getResources().getXObject(imageName)).getImage();
            int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
            String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels)))).getText();
            assertEquals("SD2026112187654321", decoded);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("欧阳娜娜") && text.contains("个人印章") && !text.contains("单位名称"), text);
        }
    }
}
