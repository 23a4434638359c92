package org.sealdesk.seal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.CjkFont;

/** One SealImages per server, drawing with the font generated PDFs use ({@code sealdesk.pdf.font}). */
@ApplicationScoped
public class SealImagesProducer {

    @Inject
    @ConfigProperty(name = "sealdesk.pdf.font")
    Optional<String> font;

    private SealImages images;

    @Produces
    synchronized SealImages images() {
        if (images == null) {
            images = new SealImages(CjkFont.of(font));
        }
        return images;
    }
}
