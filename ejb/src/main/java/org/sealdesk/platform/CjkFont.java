package org.sealdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The Chinese font generated PDFs embed: Noto Sans SC Regular built into the application (from Maven
 * Central, SIL Open Font License), so every machine has it; or a TrueType font (.ttf, or the first font
 * of a .ttc) named by {@code sealdesk.pdf.font}.
 */
public final class CjkFont {

    static final String BUILT_IN = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private final Path file;

    private CjkFont(Path file) {
        this.file = file;
    }

    /** The configured font, or the built-in one; a configured file that cannot be read is refused here. */
    public static CjkFont of(Optional<String> configured) {
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            if (!Files.isReadable(path)) {
                throw new IllegalStateException("The font in sealdesk.pdf.font (" + path + ") cannot be read: "
                        + "name a TrueType (.ttf/.ttc) font with Chinese characters, or remove the setting to use "
                        + "the built-in Noto Sans SC.");
            }
            return new CjkFont(path);
        }
        return new CjkFont(null);
    }

    /** For the log: which font this is. */
    public String describe() {
        return file == null ? "built-in Noto Sans SC Regular (SIL Open Font License)" : file.toString();
    }

    /** The font, parsed afresh (a parsed font is not for sharing between threads), open until closed. */
    public Source open() throws IOException {
        if (file == null) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BuiltIn.BYTES));
            return new Source(font, font);
        }
        if (file.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return new Source(first[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new Source(font, font);
    }

    /** The same font for Java2D drawing (seal images), at {@code size} points. */
    public java.awt.Font awt(float size) {
        try (InputStream in = file == null ? new java.io.ByteArrayInputStream(BuiltIn.BYTES) : Files.newInputStream(file)) {
            java.awt.Font[] fonts = java.awt.Font.createFonts(in);
            return fonts[0].deriveFont(size);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The font " + describe() + " cannot be used for drawing", e);
        }
    }

    /** A parsed font and what must stay open while it is used (subsetting reads it when the PDF is saved). */
    public record Source(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {

        /** Whether every character of {@code text} (but white space) has a glyph. */
        public boolean covers(String text) throws IOException {
            var cmap = font.getUnicodeCmapLookup();
            return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || cmap.getGlyphId(cp) != 0);
        }

        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /** The built-in font's bytes, read once when first needed (10 MB). */
    private static final class BuiltIn {

        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CjkFont.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in font " + BUILT_IN + " is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
