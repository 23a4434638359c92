package org.sealdesk.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Keys demo mode makes at the first start and reuses after: files under {@code demo-secrets/} in the server
 * directory, readable by the server's user only. Production configures each one instead.
 */
public final class DemoSecrets {

    static final Path FOLDER = Path.of("demo-secrets");
    private static final Logger LOG = Logger.getLogger(DemoSecrets.class.getName());

    private DemoSecrets() {
    }

    /**
     * The file's bytes, made by {@code maker} and written first if the file does not exist yet.
     *
     * @param setting the configuration that replaces this file in production, named in the log
     */
    public static byte[] readOrCreate(String fileName, Supplier<byte[]> maker, String setting) {
        Path file = FOLDER.resolve(fileName);
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] made = maker.get();
            Files.createDirectories(FOLDER);
            Files.write(file, made);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays with the folder's permissions.
            }
            LOG.warning(() -> "Demo mode: generated " + file.toAbsolutePath() + "; set " + setting + " in production");
            return made;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the demo file " + file.toAbsolutePath(), e);
        }
    }

    /** Where a demo file lives, for the log. */
    public static Path path(String fileName) {
        return FOLDER.resolve(fileName).toAbsolutePath();
    }
}
