package org.sealdesk.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.SealType;
import org.sealdesk.platform.CjkFont;

/** The seal images as a person would check them: size at print resolution, red on transparent, where ink belongs. */
class SealImagesTest {

    private static final SealImages IMAGES = new SealImages(CjkFont.of(Optional.empty()));
    private static final Path SHOWN = Path.of("target/seal-images");

    @Test
    void theUnitsSealIsA42MillimetreRedRingWithItsNameAndAStar() throws IOException {
        SealImages.SealImage seal = IMAGES.draw(SealType.ENTERPRISE, "肇庆市鼎盛建设工程有限公司");
        BufferedImage image = keep(seal, "unit");
        assertEquals(42.0, seal.widthMm());
        assertEquals(992, image.getWidth(), "42 mm at 600 dpi");
        assertEquals(image.getWidth(), image.getHeight());
        assertEquals(0, alpha(image, 5, 5), "transparent outside the ring");
        int size = image.getWidth();
        assertTrue(isRed(image, size / 2, size / 100), "the ring at the top");
        assertTrue(isRed(image, size / 2, size / 2), "the star in the middle");
        assertTrue(redShare(image, 0, size / 8, size, size / 3) > 0.05, "the name along the upper arc");
        assertTrue(redShare(image, size / 4, size * 2 / 3, size / 2, size / 5) < 0.02, "nothing written below the star");
    }

    @Test
    void aPersonsSealIsASquareWithTheNameAndYin() throws IOException {
        for (SealType type : new SealType[] {SealType.LEGAL_REPRESENTATIVE_SIGNATURE, SealType.PERSONAL_SIGNATURE}) {
            SealImages.SealImage seal = IMAGES.draw(type, "欧阳娜娜");
            BufferedImage image = keep(seal, type.name());
            assertEquals(20.0, seal.widthMm());
            assertEquals(472, image.getWidth(), "20 mm at 600 dpi");
            int size = image.getWidth();
            assertTrue(isRed(image, size / 2, size / 50) && isRed(image, size / 50, size / 2), "the frame");
            assertTrue(redShare(image, size / 10, size / 10, size * 4 / 5, size * 4 / 5) > 0.15, "five characters inside");
        }
    }

    @Test
    void aCharacterTheFontLacksIsRefusedByName() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> IMAGES.draw(SealType.ENTERPRISE, "肇庆\uE000有限公司"));
        assertEquals("seal.glyphMissing", refused.messageKey());
        assertEquals("\uE000", refused.arguments()[0]);
    }

    private static BufferedImage keep(SealImages.SealImage seal, String name) throws IOException {
        Files.createDirectories(SHOWN);
        Files.write(SHOWN.resolve(name + ".png"), seal.png());
        return ImageIO.read(new ByteArrayInputStream(seal.png()));
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static boolean isRed(BufferedImage image, int x, int y) {
        int argb = image.getRGB(x, y);
        return argb >>> 24 > 200 && (argb >> 16 & 0xFF) > 180 && (argb >> 8 & 0xFF) < 80 && (argb & 0xFF) < 80;
    }

    private static double redShare(BufferedImage image, int x, int y, int width, int height) {
        int red = 0;
        for (int i = x; i < x + width; i += 2) {
            for (int j = y; j < y + height; j += 2) {
                red += alpha(image, i, j) > 128 ? 1 : 0;
            }
        }
        return red / (width * height / 4.0);
    }
}
