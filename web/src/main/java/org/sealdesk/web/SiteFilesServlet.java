package org.sealdesk.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Everything no page, resource or endpoint claims: the site icon, the home page for "/", and a plain 404
 * for the rest. It replaces the container's file server, which logs a warning and an FFDC incident for
 * every missing file a visitor or a scanner asks for.
 */
@WebServlet("/")
public class SiteFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String HOME = "/index.xhtml";
    private static final Map<String, String> FILES = Map.of("/favicon.ico", "image/x-icon");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/") || path.isEmpty()) {
            request.getRequestDispatcher(HOME).forward(request, response);
            return;
        }
        String type = FILES.get(path);
        try (InputStream file = type == null ? null : getServletContext().getResourceAsStream("/WEB-INF/site" + path)) {
            if (file == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=604800");
            file.transferTo(response.getOutputStream());
        }
    }
}
