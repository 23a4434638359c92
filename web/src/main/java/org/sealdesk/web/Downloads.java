package org.sealdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Files sent to their owner or to staff: never cached, never a page of their own. */
public final class Downloads {

    /** How the browser is to take the file. */
    public enum Disposition {
        /** Saved, not shown. */
        ATTACHMENT,
        /** Shown in the browser (images). */
        INLINE,
        /** Shown, also inside a frame of one of our own pages (the review screen frames PDFs). */
        INLINE_FRAMED_BY_SITE
    }

    private Downloads() {
    }

    /** {@code /files/{order}/{name}}: the two parts after the servlet's path, if there are exactly two. */
    public static Optional<String[]> orderAndName(HttpServletRequest request) {
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        return path.length == 2 ? Optional.of(path) : Optional.empty();
    }

    public static void send(HttpServletResponse response, byte[] content, String contentType, Disposition disposition,
            String fileName) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "private, no-store");
        if (disposition == Disposition.INLINE_FRAMED_BY_SITE) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'");
        }
        response.setHeader("Content-Disposition", (disposition == Disposition.ATTACHMENT ? "attachment" : "inline")
                + "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
