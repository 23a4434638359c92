package org.sealdesk.web;

import jakarta.faces.component.UIComponent;
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
 * Three mistakes of PrimeFaces 15's markup, mended for every component at once as it is written:
 * {@code aria-label=""} on every button with a text and every tab header (an empty label names nothing; the
 * visible text is the name); {@code role="alert"} on the items of p:messages' lists (a list holds only list
 * items; the messages' container is already a polite live region, so they are still announced); and
 * {@code aria-hidden="true"} on a simple upload's file input, which is the control a keyboard reaches.
 */
public class AccessibleMarkup extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> wrapped = new ConcurrentHashMap<>();

    public AccessibleMarkup(RenderKitFactory factory) {
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
            return created == null ? null : new MendedWriter(created);
        }
    }

    private static final class MendedWriter extends ResponseWriterWrapper {

        private String element;
        private boolean fileInput;

        MendedWriter(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            fileInput = false;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            boolean emptyLabel = "aria-label".equals(name) && (value == null || value.toString().isBlank());
            boolean alertItem = "li".equals(element) && "role".equals(name) && "alert".equals(value);
            fileInput |= "input".equals(element) && "type".equals(name) && "file".equals(value);
            boolean hiddenUpload = fileInput && "aria-hidden".equals(name);
            if (!emptyLabel && !alertItem && !hiddenUpload) {
                super.writeAttribute(name, value, property);
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new MendedWriter(super.cloneWithWriter(writer));
        }
    }
}
