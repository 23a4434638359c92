package org.sealdesk.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;

class UploadInspectorTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private final UploadInspector inspector = new UploadInspector(TEN_MB);

    private static byte[] image(String format) throws IOException {
        BufferedImage scan = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.RED);
        g.drawOval(100, 40, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(scan, format, out);
        return out.toByteArray();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private String refusal(byte[] content) {
        return assertThrows(RuleViolation.class, () -> inspector.inspect(content)).messageKey();
    }

    @Test
    void recognisesJpegPngAndPdfFromTheirBytes() throws IOException {
        assertEquals(DocumentType.JPEG, inspector.inspect(image("jpg")));
        assertEquals(DocumentType.PNG, inspector.inspect(image("png")));
        assertEquals(DocumentType.PDF, inspector.inspect(pdf()));
    }

    @Test
    void aPngNamedScanPdfIsStillAPng() throws IOException {
        // The inspector never sees the name "licence.pdf"; the bytes say PNG, and PNG it is.
        assertEquals(DocumentType.PNG, inspector.inspect(image("png")));
        assertEquals("image/png", inspector.inspect(image("png")).contentType());
    }

    @Test
    void refusesAnHtmlFileNamedLikeAJpeg() {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("upload.unsupportedType", refusal(html));
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] jpeg = image("jpg");
        assertEquals("upload.damaged", refusal(Arrays.copyOf(jpeg, jpeg.length / 2)));
    }

    @Test
    void refusesAJpegHeaderFollowedByGarbage() {
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        fake[fake.length - 2] = (byte) 0xFF;
        fake[fake.length - 1] = (byte) 0xD9;
        assertEquals("upload.damaged", refusal(fake));
    }

    @Test
    void refusesElevenMegabytesAndEmptyFiles() {
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf(), 0, big, 0, 8);
        RuleViolation tooLarge = assertThrows(RuleViolation.class, () -> inspector.inspect(big));
        assertEquals("upload.tooLarge", tooLarge.messageKey());
        assertEquals(10L, tooLarge.arguments()[0]);
        assertEquals("upload.empty", refusal(new byte[0]));
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = pdf();
        assertEquals("upload.damaged", refusal(Arrays.copyOf(pdf, pdf.length - 8)));
    }
}
