package org.sealdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sealdesk.platform.CjkFont;

class ImpressionFormPdfTest {

    private static Path font;

    private static final ImpressionForm ENTERPRISE = new ImpressionForm("SD2026112112345678", OrderKind.NEW_ENTERPRISE_SEAL,
            "肇庆市鼎盛建设工程有限公司", "91441200MA4UJX8Q2K", "王小明");
    private static final ImpressionForm PERSONAL = new ImpressionForm("SD2026112187654321", OrderKind.NEW_PERSONAL_SEAL,
            null, null, "欧阳娜娜");

    @BeforeAll
    static void findFont() {
        Optional<Path> found = CjkFont.locate(Optional.empty());
        assumeTrue(found.isPresent(), "No Chinese font installed: apt-get install fonts-wqy-zenhei (.ci/run does)");
        font = found.get();
    }

    @Test
    void printsTheOrderUnitAndBoxesAsRealText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new ImpressionFormPdf(font).render(ENTERPRISE))) {
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
        try (ImpressionFormPdf.FontSource source = ImpressionFormPdf.FontSource.open(font)) {
            assertTrue(source.covers(ENTERPRISE.printedText()), ENTERPRISE.printedText());
            assertTrue(source.covers(PERSONAL.printedText()), PERSONAL.printedText());
            assertTrue(source.covers("（）：、，。·0123456789ABCDEFGHJKLMNPQRTUWXY"));
            assertFalse(source.covers("\uD83D\uDE00"), "the check notices a character the font lacks");
        }
    }

    @Test
    void theQrCodeReadsAsTheOrderNumber() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new ImpressionFormPdf(font).render(PERSONAL))) {
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
