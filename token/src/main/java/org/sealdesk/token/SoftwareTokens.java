package org.sealdesk.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;

/**
 * Software tokens for PCs without any PKCS#11 library: each is a directory under {@code root}
 * named by its serial. Keys are files protected by the file system, not by hardware; the
 * operations and their rules (PIN tries, lock, unlock) are those of a ukey.
 */
public final class SoftwareTokens implements TokenSource {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public SoftwareTokens(Path root) {
        this.root = root;
    }

    /** A blank token, as a new ukey arrives from the vendor. */
    public Token addBlank(String serial) {
        return SoftwareToken.blank(root.resolve(serial));
    }

    /** A blank token with a serial like a vendor's (SW and 14 digits); returns the serial. */
    public String addBlankWithFactorySerial() {
        String serial = "SW%014d".formatted(RANDOM.nextLong(100_000_000_000_000L));
        addBlank(serial);
        return serial;
    }

    @Override
    public List<Token> tokens() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(SoftwareToken::isToken).sorted().map(dir -> (Token) new SoftwareToken(dir)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Nothing held open.
    }
}
