package org.sealdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sealdesk.order.OrderKind;

/** The house's shape, read from its POMs and sources (the tests run in the ejb module's directory). */
class ArchitectureTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    /** token ← connector; web → ejb → persistence; ejb may use token. The EAR only assembles. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "token", Set.of(),
            "connector", Set.of("token"),
            "persistence", Set.of(),
            "ejb", Set.of("persistence", "token"),
            "web", Set.of("ejb"),
            "liberty-config", Set.of());

    @Test
    void modulesDependOnlyDownwards() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        Set<String> modules = new TreeSet<>(Pattern.compile("<module>(.*?)</module>").matcher(rootPom).results()
                .map(match -> match.group(1)).toList());
        modules.remove("ear");
        assertEquals(new TreeSet<>(ALLOWED.keySet()), modules, "every module has its place in the layering");
        for (String module : modules) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            Set<String> uses = new TreeSet<>();
            Matcher dependency = DEPENDENCY.matcher(pom);
            while (dependency.find()) {
                String declared = dependency.group(1);
                if (declared.contains("<groupId>org.sealdesk</groupId>") && !declared.contains("<scope>test</scope>")) {
                    uses.add(declared.replaceAll("(?s).*<artifactId>sealdesk-(.*?)</artifactId>.*", "$1"));
                }
            }
            assertTrue(ALLOWED.get(module).containsAll(uses), module + " depends on " + uses + ", may on "
                    + ALLOWED.get(module));
        }
    }

    /** Every rule that depends on the kind of an order lives in OrderKind: no one else compares or switches. */
    @Test
    void onlyOrderKindDecidesByKind() throws IOException {
        String kinds = Arrays.stream(OrderKind.values()).map(Enum::name).collect(Collectors.joining("|"));
        Pattern decision = Pattern.compile("[=!]=\\s*OrderKind\\.\\w+|OrderKind\\.\\w+\\s*[=!]=|\\bcase\\s+(OrderKind\\.)?("
                + kinds + ")\\b");
        List<String> found = new ArrayList<>();
        for (Path source : mainSources()) {
            if (source.endsWith(Path.of("org/sealdesk/order/OrderKind.java"))) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (decision.matcher(lines.get(i)).find()) {
                    found.add(ROOT.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "ask the OrderKind instead");
    }

    /** Pages get view records, never an entity or an embeddable (whose fields may hold ciphers). */
    @Test
    void pagesSeeViewsNotEntities() throws IOException {
        Pattern sealdeskImport = Pattern.compile("^import (org\\.sealdesk\\.[\\w.]+);$", Pattern.MULTILINE);
        List<String> found = new ArrayList<>();
        for (Path source : mainSources()) {
            if (!source.startsWith(ROOT.resolve("web"))) {
                continue;
            }
            Matcher imported = sealdeskImport.matcher(Files.readString(source));
            while (imported.find()) {
                Class<?> type = loadable(imported.group(1));
                if (type != null && (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class))) {
                    found.add(ROOT.relativize(source) + " uses " + type.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), found, "hand the page a view record");
    }

    private static Class<?> loadable(String name) {
        try {
            return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
        } catch (ClassNotFoundException webOnly) {
            return null;
        }
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        assertTrue(sources.size() > 100, "the sources were found under " + ROOT);
        return sources;
    }
}
