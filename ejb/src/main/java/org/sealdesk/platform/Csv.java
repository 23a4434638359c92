package org.sealdesk.platform;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** RFC 4180 lines; cells that a spreadsheet would run as a formula are prefixed with a quote. */
public final class Csv {

    private Csv() {
    }

    public static String line(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : Objects.toString(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
