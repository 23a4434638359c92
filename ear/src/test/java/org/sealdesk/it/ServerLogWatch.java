package org.sealdesk.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails an integration test when the server under test logged, while it ran, an error (E/F), an FFDC
 * incident, or an uncaught exception on standard error (R, with a stack frame) — unless the test named
 * it in {@link ExpectedServerLog}. A page that answers but writes a stack trace to the log has not worked.
 */
public class ServerLogWatch implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServerLogWatch.class);
    /** Liberty's messages.log: [date] thread logger LEVEL text. */
    private static final Pattern PROBLEM = Pattern.compile(
            "^\\[[^]]+] \\S+ \\S+\\s+(?:[EF] .*|.*FFDC1015I.*|R .*(?:Exception|Error|\\tat ).*)$");

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Path log = log();
        context.getStore(NAMESPACE).put("offset", log != null && Files.exists(log) ? Files.size(log) : 0L);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Path log = log();
        if (log == null || !Files.exists(log)) {
            return;
        }
        long offset = context.getStore(NAMESPACE).getOrDefault("offset", Long.class, 0L);
        List<Pattern> expected = expected(context);
        List<String> problems = new ArrayList<>();
        for (String line : linesSince(log, offset)) {
            if (PROBLEM.matcher(line).matches() && expected.stream().noneMatch(e -> e.matcher(line).find())) {
                problems.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The server logged " + problems.size() + " problem(s) during the test:\n"
                    + String.join("\n", problems.subList(0, Math.min(problems.size(), 20))));
        }
    }

    private static List<Pattern> expected(ExtensionContext context) {
        return Stream.concat(
                        context.getTestMethod().map(m -> m.getAnnotation(ExpectedServerLog.class)).stream(),
                        context.getTestClass().map(c -> c.getAnnotation(ExpectedServerLog.class)).stream())
                .flatMap(annotation -> Arrays.stream(annotation.value())).map(Pattern::compile).toList();
    }

    /** The lines written since {@code offset}; all of them if the log was rolled over meanwhile. */
    private static List<String> linesSince(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = file.length() < offset ? 0 : offset;
            byte[] added = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Path log() {
        String log = System.getProperty("sealdesk.it.server-log");
        return log == null ? null : Path.of(log);
    }
}
