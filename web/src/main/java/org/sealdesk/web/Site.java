package org.sealdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.production.ConnectorOffer;
import org.sealdesk.production.web.ConnectorDownloadServlet;

/** Site-wide facts the layout shows. */
@Named
@ApplicationScoped
public class Site {

    @Inject
    @ConfigProperty(name = "sealdesk.site.hotline", defaultValue = "020-31700081")
    String hotline;

    @Inject
    @ConfigProperty(name = "sealdesk.connector.url", defaultValue = "http://127.0.0.1:17990")
    String connectorUrl;

    @Inject
    SealDeskMode mode;

    @Inject
    ConnectorOffer connectorOffer;

    public String getHotline() {
        return hotline;
    }

    /** Where pages reach the ukey connector on the visitor's PC. */
    public String getConnectorUrl() {
        return connectorUrl;
    }

    /** The connector release the pages need (an older one is to be replaced). */
    public int getConnectorRelease() {
        return connectorOffer.release();
    }

    /** Whether this build offers the Linux bundle of the connector with a Java runtime of its own. */
    public boolean isConnectorLinuxBundle() {
        return ConnectorDownloadServlet.offersLinuxBundle((ServletContext) FacesContext.getCurrentInstance()
                .getExternalContext().getContext());
    }

    public boolean isDemo() {
        return mode.isDemo();
    }

    /** The site's address as the browser reached it (scheme://host[:port]/context), for links shown to others. */
    public static String baseUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf('/', url.indexOf("//") + 2)) + request.getContextPath();
    }
}
