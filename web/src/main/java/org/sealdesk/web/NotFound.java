package org.sealdesk.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers the current page request with 404: what a visitor may not see does not exist for them. */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
