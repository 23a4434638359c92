package org.sealdesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PrimeFaces 15 writes {@code aria-label=""} on every button with a text and on every tab header. An empty
 * label names nothing and is flagged by accessibility checkers; the visible text is the name. Such
 * attributes are left out here, for every component at once.
 */
public class NoEmptyAriaLabels extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> wrapped = new ConcurrentHashMap<>();

    public NoEmptyAriaLabels(RenderKitFactory factory) {
        super(factory);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : wrapped.computeIfAbsent(kit, Kit::new);
    }

    private static final class Kit extends RenderKitWrapper {

        Kit(RenderKit kit) {
            super(kit);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
            ResponseWriter created = super.createResponseWriter(writer, contentTypeList, encoding);
            return created == null ? null : new QuietWriter(created);
        }
    }

    private static final class QuietWriter extends ResponseWriterWrapper {

        QuietWriter(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("aria-label".equals(name) && (value == null || value.toString().isBlank()))) {
                super.writeAttribute(name, value, property);
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new QuietWriter(super.cloneWithWriter(writer));
        }
    }
}
