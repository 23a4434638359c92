package org.sealdesk.production.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import org.sealdesk.production.ConnectorOffer;
import org.sealdesk.web.Downloads;
import org.sealdesk.web.Downloads.Disposition;

/**
 * The ukey 助手 for anyone (no sign-in: nothing in it is secret): {@code /downloads/connector.jar} as this build made
 * it (and the Linux bundle with its own Java runtime, where the build made one), and the launchers made for this site, {@code sealdesk-connector.sh} (Linux) and {@code sealdesk-connector.cmd}
 * (Windows).
 */
@WebServlet("/downloads/*")
public class ConnectorDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Where the build puts the connector it made (the web module's pom copies it there). */
    private static final String FOLDER = "/WEB-INF/connector/";
    public static final String LINUX_BUNDLE = "sealdesk-connector-linux-x64.tar.gz";

    @Inject
    transient ConnectorOffer offer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (name) {
            case "/connector.jar" -> built(response, "connector.jar", "application/java-archive");
            case "/" + LINUX_BUNDLE -> built(response, LINUX_BUNDLE, "application/gzip");
            case "/sealdesk-connector.sh" -> Downloads.send(response, offer.linux(),
                    "text/x-shellscript;charset=UTF-8", Disposition.ATTACHMENT, "sealdesk-connector.sh");
            case "/sealdesk-connector.cmd" -> Downloads.send(response, offer.windows(),
                    "application/x-bat;charset=GBK", Disposition.ATTACHMENT, "sealdesk-connector.cmd");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Whether the build made the Linux bundle (mvn package -Dconnector.bundle). */
    public static boolean offersLinuxBundle(ServletContext context) {
        try {
            return context.getResource(FOLDER + LINUX_BUNDLE) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /** A file the build put in the connector folder, streamed (the bundle is tens of megabytes). */
    private void built(HttpServletResponse response, String name, String type) throws IOException {
        try (InputStream file = getServletContext().getResourceAsStream(FOLDER + name)) {
            if (file == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("Content-Disposition", "attachment; filename=" + name);
            file.transferTo(response.getOutputStream());
        }
    }
}
