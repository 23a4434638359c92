package org.sealdesk.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Chinese font that generated PDFs embed: {@code sealdesk.pdf.font} if set, else a
 * font installed by the usual system packages (Debian/Ubuntu fonts-wqy-zenhei or
 * fonts-noto-cjk). A prerequisite the README names, checked at start-up.
 */
public final class CjkFont {

    static final List<Path> KNOWN_LOCATIONS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"));

    private CjkFont() {
    }

    public static Optional<Path> locate(Optional<String> configured) {
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        return KNOWN_LOCATIONS.stream().filter(Files::isReadable).findFirst();
    }

    public static String missingMessage(Optional<String> configured) {
        return configured.map(p -> "The font in sealdesk.pdf.font (" + p + ") cannot be read.")
                .orElse("No Chinese font found in " + KNOWN_LOCATIONS + ".")
                + " Seal impression forms cannot be generated: install one (apt-get install fonts-wqy-zenhei)"
                + " or set sealdesk.pdf.font to a TrueType (.ttf/.ttc) font with Chinese characters.";
    }
}
