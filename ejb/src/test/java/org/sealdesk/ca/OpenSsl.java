package org.sealdesk.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The openssl command line, the independent checker of what the CA signs; shared by unit and integration tests. */
public final class OpenSsl {

    private OpenSsl() {
    }

    public static boolean installed() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs a command (openssl, or another tool) and returns what it printed, standard error included, trimmed. */
    public static String run(Map<String, String> environment, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return output;
    }

    public static String run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    /** Writes DER as PEM, e.g. type CERTIFICATE or X509 CRL. */
    public static Path pem(Path file, String type, byte[] der) throws IOException {
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64,
                "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der) + "\n-----END " + type + "-----\n");
        return file;
    }
}
