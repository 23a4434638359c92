package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** SoftHSM2 tokens for tests, made with softhsm2-util in a directory of their own. */
public final class SoftHsm {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String SO_PIN = "87654321";
    public static final String USER_PIN = "123456";

    private SoftHsm() {
    }

    public static void assumeInstalled() {
        assumeTrue(Files.isRegularFile(LIBRARY) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util")),
                "SoftHSM2 not installed: apt-get install softhsm2 (.ci/run does)");
    }

    /**
     * Writes {@code conf} (tokens beside it) afresh and initialises tokens labelled ukey1…ukeyN with
     * {@link #SO_PIN} and {@link #USER_PIN}. The library must be loaded with SOFTHSM2_CONF={@code conf}.
     */
    public static void createTokens(Path conf, int count) throws IOException, InterruptedException {
        Path tokenDir = conf.getParent().resolve("tokens");
        if (Files.exists(conf.getParent())) {
            try (Stream<Path> paths = Files.walk(conf.getParent())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(tokenDir);
        Files.writeString(conf, "directories.tokendir = " + tokenDir + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        for (int i = 1; i <= count; i++) {
            ProcessBuilder init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "ukey" + i,
                    "--so-pin", SO_PIN, "--pin", USER_PIN).redirectErrorStream(true);
            init.environment().put("SOFTHSM2_CONF", conf.toString());
            Process process = init.start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), said);
        }
    }
}
