package org.sealdesk.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * PrimeFaces' saga theme writes white on #2196f3 (3.1:1), green and grey tags at 3–4:1, amber text at 1.7:1 and a
 * focus ring at 1.6:1 against white, below WCAG 2.1 AA (4.5:1 for text, 3:1 for a focus ring). Its stylesheet is served here with
 * those colours replaced by darker shades of the same hues; its address changes with the replacements, so
 * browsers never keep the old one.
 */
public class ContrastTheme extends ResourceHandlerWrapper {

    static final String LIBRARY = "primefaces-saga-blue";
    static final String STYLESHEET = "theme.css";

    /** Saga's colour as its stylesheet writes it → the darker shade served. */
    static final Map<String, String> DARKER = new LinkedHashMap<>();

    static {
        DARKER.put("#2196f3", "#1565c0"); // primary: buttons, links, checked boxes, info tags (5.8:1)
        DARKER.put("#2196F3", "#1565c0");
        DARKER.put("rgb(12.7384615385,136.9384615385,235.6615384615)", "#0d47a1"); // primary, hovered
        DARKER.put("rgb(11.3230769231,121.7230769231,209.4769230769)", "#0a3a82"); // primary, pressed
        DARKER.put("rgb(166.2,213,250.2)", "#1565c0"); // the focus ring
        DARKER.put("#689f38", "#2e7d32"); // success (5.1:1)
        DARKER.put("#0288d1", "#01579b"); // info (7.6:1)
        DARKER.put("#607d8b", "#455a64"); // secondary (7.2:1)
    }

    /** Saga's warning amber stays behind dark text; as a text colour (outlined and text buttons, 1.7:1) it darkens. */
    static final Pattern WARNING_TEXT = Pattern.compile("(?<![\\w-])color:#fbc02d");
    static final String DARK_AMBER = "color:#8a5300";

    private static final String VERSION = Integer.toHexString(DARKER.hashCode() + DARK_AMBER.hashCode());

    private final AtomicReference<byte[]> served = new AtomicReference<>();

    public ContrastTheme(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return darker(super.createResource(resourceName, libraryName), resourceName, libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return darker(super.createResource(resourceName, libraryName, contentType), resourceName, libraryName);
    }

    private Resource darker(Resource resource, String resourceName, String libraryName) {
        if (resource == null || !LIBRARY.equals(libraryName) || !STYLESHEET.equals(resourceName)) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public InputStream getInputStream() throws IOException {
                byte[] css = served.get();
                if (css == null) {
                    try (InputStream original = super.getInputStream()) {
                        css = rewrite(new String(original.readAllBytes(), StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    served.set(css);
                }
                return new ByteArrayInputStream(css);
            }

            @Override
            public Map<String, String> getResponseHeaders() {
                Map<String, String> headers = new LinkedHashMap<>(super.getResponseHeaders());
                headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Length"));
                return headers;
            }

            @Override
            public String getRequestPath() {
                return super.getRequestPath() + "&contrast=" + VERSION;
            }
        };
    }

    static String rewrite(String css) {
        String rewritten = WARNING_TEXT.matcher(css).replaceAll(DARK_AMBER);
        for (Map.Entry<String, String> colour : DARKER.entrySet()) {
            rewritten = rewritten.replace(colour.getKey(), colour.getValue());
        }
        return rewritten;
    }
}
