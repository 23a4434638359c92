package org.sealdesk.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.SealType;
import org.sealdesk.platform.CjkFont;

/**
 * The seal images (印模), drawn with Java2D in seal red on a transparent ground at print resolution: the unit's
 * round seal (ring, the unit's name along the upper arc, a five-pointed star), and the square signature seal of
 * the legal representative or of a person (name and 印). A character the font has no glyph for is refused, named,
 * before anything is drawn.
 */
public final class SealImages {

    /** Dots per inch of the PNG: print resolution. */
    public static final int DPI = 600;
    static final Color SEAL_RED = new Color(0xD7, 0x1E, 0x1E);
    private static final double UNIT_SEAL_MM = 42;
    private static final double SIGNATURE_SEAL_MM = 20;

    /** A drawn seal: the PNG and its printed size. */
    public record SealImage(byte[] png, double widthMm, double heightMm) {
    }

    private final Font font;

    public SealImages(CjkFont font) {
        this.font = font.awt(12f);
    }

    /** The printed width and height of a seal of {@code type} in whole millimetres: seals here are round or square. */
    public static int sizeMm(SealType type) {
        return (int) Math.round(type == SealType.ENTERPRISE ? UNIT_SEAL_MM : SIGNATURE_SEAL_MM);
    }

    /** The image of a seal of {@code type} carrying {@code name} (the unit's, or the person's). */
    public SealImage draw(SealType type, String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a seal carries a name");
        }
        String shown = type == SealType.ENTERPRISE ? text : text + "印";
        int missing = font.canDisplayUpTo(shown);
        if (missing >= 0) {
            throw new RuleViolation("seal.glyphMissing", new String(Character.toChars(shown.codePointAt(missing))));
        }
        return type == SealType.ENTERPRISE ? unitSeal(text) : signatureSeal(shown);
    }

    private SealImage unitSeal(String name) {
        int size = pixels(UNIT_SEAL_MM);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        double center = size / 2.0;
        double ring = size * 0.035;
        g.setStroke(new BasicStroke((float) ring));
        g.draw(new java.awt.geom.Ellipse2D.Double(ring / 2, ring / 2, size - ring, size - ring));

        int[] codePoints = name.codePoints().toArray();
        double textRadius = center - ring * 2.4;
        double charHeight = size * (codePoints.length > 12 ? 0.11 : 0.125);
        Font arcFont = font.deriveFont((float) charHeight);
        double sweep = Math.min(220, Math.max(90, codePoints.length * 17.0));
        double step = codePoints.length > 1 ? sweep / (codePoints.length - 1) : 0;
        double start = 90 + sweep / 2;
        FontRenderContext context = g.getFontRenderContext();
        for (int i = 0; i < codePoints.length; i++) {
            double angle = Math.toRadians(start - i * step);
            GlyphVector glyph = arcFont.createGlyphVector(context, new String(Character.toChars(codePoints[i])));
            Rectangle2D bounds = glyph.getVisualBounds();
            AffineTransform place = new AffineTransform();
            place.translate(center + textRadius * Math.cos(angle), center - textRadius * Math.sin(angle));
            place.rotate(Math.PI / 2 - angle);
            place.scale(0.8, 1); // seal characters are narrow
            place.translate(-bounds.getCenterX(), -bounds.getY());
            g.fill(place.createTransformedShape(glyph.getOutline()));
        }
        g.fill(star(center, center, size * 0.16));
        g.dispose();
        return new SealImage(png(image), UNIT_SEAL_MM, UNIT_SEAL_MM);
    }

    /** Name and 印 in two columns read right to left, top to bottom, in a square frame. */
    private SealImage signatureSeal(String text) {
        int size = pixels(SIGNATURE_SEAL_MM);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        double frame = size * 0.06;
        g.setStroke(new BasicStroke((float) frame));
        g.draw(new Rectangle2D.Double(frame / 2, frame / 2, size - frame, size - frame));
        int[] codePoints = text.codePoints().toArray();
        int rows = (codePoints.length + 1) / 2;
        double inner = size - frame * 3;
        double cellWidth = inner / 2;
        double cellHeight = inner / rows;
        FontRenderContext context = g.getFontRenderContext();
        for (int i = 0; i < codePoints.length; i++) {
            int column = i < rows ? 0 : 1; // the right column first
            int row = column == 0 ? i : i - rows;
            int cellsInColumn = column == 0 ? rows : codePoints.length - rows;
            double height = inner / cellsInColumn;
            GlyphVector glyph = font.deriveFont((float) Math.min(cellWidth, Math.max(cellHeight, height)) * 0.92f)
                    .createGlyphVector(context, new String(Character.toChars(codePoints[i])));
            Rectangle2D bounds = glyph.getVisualBounds();
            double cellX = frame * 1.5 + (1 - column) * cellWidth;
            double cellY = frame * 1.5 + row * height;
            AffineTransform place = new AffineTransform();
            place.translate(cellX + cellWidth / 2, cellY + height / 2);
            place.scale(cellWidth * 0.9 / bounds.getWidth(), height * 0.9 / bounds.getHeight());
            place.translate(-bounds.getCenterX(), -bounds.getCenterY());
            g.fill(place.createTransformedShape(glyph.getOutline()));
        }
        g.dispose();
        return new SealImage(png(image), SIGNATURE_SEAL_MM, SIGNATURE_SEAL_MM);
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(SEAL_RED);
        return g;
    }

    private static Path2D star(double x, double y, double radius) {
        Path2D star = new Path2D.Double();
        for (int point = 0; point < 10; point++) {
            double r = point % 2 == 0 ? radius : radius * 0.382;
            double angle = Math.toRadians(90 + point * 36);
            double px = x + r * Math.cos(angle);
            double py = y - r * Math.sin(angle);
            if (point == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        return star;
    }

    private static int pixels(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
