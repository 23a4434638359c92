package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** Makes a certificate for a public key (X.509 SubjectPublicKeyInfo, DER); gives it DER-encoded. */
    public interface Certifier {
        byte[] certify(byte[] publicKey) throws Exception;
    }

    /**
     * Puts on the token labelled {@code tokenLabel} what another CA's ukey holds, as that CA's tools would, with
     * pkcs11-tool: an RSA-2048 key pair made on the token and its certificate beside it under one CKA_ID, labelled
     * {@code label}.
     *
     * @return the certificate written, DER
     */
    public static byte[] putFormerCertificate(Path conf, String tokenLabel, String label, Certifier certifier)
            throws Exception {
        Path work = Files.createTempDirectory(conf.getParent(), "former");
        String id = "5a01";
        pkcs11Tool(conf, tokenLabel, "--keypairgen", "--key-type", "rsa:2048", "--id", id, "--label", label);
        Path publicKey = work.resolve("public.der");
        pkcs11Tool(conf, tokenLabel, "--read-object", "--type", "pubkey", "--id", id, "--output-file",
                publicKey.toString());
        byte[] certificate = certifier.certify(Files.readAllBytes(publicKey));
        Path file = work.resolve("certificate.der");
        Files.write(file, certificate);
        pkcs11Tool(conf, tokenLabel, "--write-object", file.toString(), "--type", "cert", "--id", id, "--label", label);
        return certificate;
    }

    private static void pkcs11Tool(Path conf, String tokenLabel, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pkcs11-tool", "--module", LIBRARY.toString(), "--token-label",
                tokenLabel, "--login", "--pin", USER_PIN));
        command.addAll(List.of(arguments));
        ProcessBuilder tool = new ProcessBuilder(command).redirectErrorStream(true);
        tool.environment().put("SOFTHSM2_CONF", conf.toString());
        Process process = tool.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + said);
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
