package org.sealdesk.connector.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code connector.jar} run as a PC runs it, in a process of its own, for the tests that need the real one. */
public record RunningConnector(Process process, StringBuilder output, int port) implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    /** Starts the jar with {@code options} (a free port unless they name one) once it says where it listens. */
    public static RunningConnector start(Path jar, Map<String, String> environment, String... options)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        if (!List.of(options).contains("--port")) {
            command.addAll(List.of("--port", "0"));
        }
        command.addAll(List.of(options));
        return run(command, environment);
    }

    /** Runs {@code command} — the jar, or a launcher that execs it — once the connector says where it listens. */
    public static RunningConnector run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readLog(process, output, port));
        reader.setDaemon(true);
        reader.start();
        return new RunningConnector(process, output, port.get(30, TimeUnit.SECONDS));
    }

    /** The java launcher of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String log() {
        synchronized (output) {
            return output.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static void readLog(Process connector, StringBuilder log, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(connector.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (log) {
                    log.append(line).append('\n');
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
            port.completeExceptionally(new AssertionError("the connector ended:\n" + log));
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
    }
}
