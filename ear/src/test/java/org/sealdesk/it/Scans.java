package org.sealdesk.it;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Files an applicant would upload: real images, and a page pretending to be one. */
final class Scans {

    private Scans() {
    }

    static Path image(String name, String format) throws IOException {
        BufferedImage scan = new BufferedImage(800, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 560);
        g.setColor(new Color(200, 30, 30));
        g.drawOval(300, 130, 200, 200);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(name, 40, 60);
        g.dispose();
        Path file = Files.createTempDirectory("sealdesk-scan").resolve(name + "." + format);
        ImageIO.write(scan, format.equals("jpg") ? "jpeg" : format, file.toFile());
        return file;
    }

    /** A one-page PDF, as a scanner that saves PDF would make it. */
    static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("sealdesk-scan").resolve(name + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 400, 200, 200);
                content.stroke();
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path htmlNamedLikeAJpeg() throws IOException {
        Path file = Files.createTempDirectory("sealdesk-scan").resolve("licence.jpg");
        Files.writeString(file, "<html><body><script>alert(1)</script></body></html>", StandardCharsets.UTF_8);
        return file;
    }
}
