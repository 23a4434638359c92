package org.sealdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Validation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.document.DocumentStore;
import org.sealdesk.document.OrderDocument;
import org.sealdesk.partner.PartnerService;
import org.sealdesk.seal.Seal;
import org.sealdesk.seal.SealImages;
import org.sealdesk.shipping.Shipments;
import org.sealdesk.shipping.TrackingLinks;

/**
 * Reading an order's documents and views, for whichever service (applicant or reviewer) has
 * already decided the caller may see the order. Checks no permission itself.
 */
@ApplicationScoped
public class OrderRecords {

    static final String ID_CARD_CONTEXT = "order.legal-rep-id";
    static final String DOCUMENT_CONTEXT = "order.document";
    static final String UNSAVED_CONTEXT = "order.unsaved-entries";
    /** Longer than any field accepts: enough to show what was typed, without keeping whatever a client sends. */
    private static final int MAX_KEPT_LENGTH = 300;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    SealImages sealImages;

    @Inject
    DataCipher cipher;

    @Inject
    DocumentStore documents;

    @Inject
    PartnerService partners;

    @Inject
    Shipments shipments;

    @Inject
    TrackingLinks tracking;

    public OrderView view(SealOrder order) {
        List<OrderDocument> documents = documentsOf(order);
        return OrderView.of(order, documents, order.missingForSubmission(rolesOf(documents)),
                order.getPartnerAppId() == null ? null : partners.nameOf(order.getPartnerAppId()), unsavedEntries(order),
                shipments.ofOrder(order.getId()).stream()
                        .map(shipment -> OrderView.Parcel.of(shipment, tracking.link(shipment.getWaybill()))).toList(),
                order.getSeals().stream().filter(request -> request.getSealId() != null).map(request -> {
                    Seal held = em.find(Seal.class, request.getSealId());
                    return new OrderView.Held(held.getType(), held.getText());
                }).toList());
    }

    /** The image (PNG) of the held seal of {@code type} the order is about, as it is now. */
    private byte[] heldSealImage(SealOrder order, SealType type) {
        return order.getSeals().stream().filter(request -> request.getType() == type && request.getSealId() != null)
                .findFirst().map(request -> em.find(Seal.class, request.getSealId()).getImagePng())
                .orElseThrow(() -> new RuleViolation("order.notFound"));
    }

    public Set<DocumentRole> uploadedRoles(SealOrder order) {
        return rolesOf(documentsOf(order));
    }

    public Optional<OrderDocument> documentOf(SealOrder order, DocumentRole role) {
        return em.createNamedQuery("OrderDocument.byRole", OrderDocument.class).setParameter("orderId", order.getId())
                .setParameter("role", role).getResultStream().findFirst();
    }

    public StoredFile file(SealOrder order, DocumentRole role) {
        OrderDocument document = documentOf(order, role).orElseThrow(() -> new RuleViolation("order.notFound"));
        return new StoredFile(cipher.open(documents.read(document), DOCUMENT_CONTEXT), document.getType(),
                document.getOriginalName());
    }

    /** The image (PNG) of one of the order's seals: as the order makes it, or the held one as it is now. */
    public byte[] sealImage(SealOrder order, SealImage image) {
        return image.held() ? heldSealImage(order, image.type()) : sealImage(order, image.type());
    }

    /**
     * The image (PNG) of one of the seals the order makes, with the name it carries: a held seal's own while its
     * name stays, else as kept, or drawn now.
     */
    public byte[] sealImage(SealOrder order, SealType type) {
        SealRequest seal = order.sealsToMake().stream().filter(request -> request.getType() == type).findFirst()
                .orElseThrow(() -> new RuleViolation("order.notFound"));
        return heldImage(seal).orElseGet(() -> keptImages(order).stream().filter(image -> image.shows(seal))
                .findFirst().map(OrderSealImage::getPng).orElseGet(() -> sealImages.draw(type, seal.getHolderName())
                        .png()));
    }

    /** The held seal's image, where the request keeps its text (a change (变更) draws the new name anew). */
    private Optional<byte[]> heldImage(SealRequest request) {
        if (request.getSealId() == null) {
            return Optional.empty();
        }
        Seal held = em.find(Seal.class, request.getSealId());
        return held.getText().equals(request.getHolderName()) ? Optional.of(held.getImagePng()) : Optional.empty();
    }

    /**
     * Draws the images of the seals the order is about to be submitted with, once, and keeps them; on a
     * resubmission only those whose name changed. Called before the order moves: a name the font cannot show is
     * refused while nothing has changed yet.
     *
     * @throws RuleViolation seal.glyphMissing
     */
    public void keepSealImages(SealOrder order) {
        List<OrderSealImage> kept = keptImages(order);
        for (SealRequest seal : order.sealsRequested()) {
            if (heldImage(seal).isEmpty() && kept.stream().noneMatch(image -> image.shows(seal))) {
                byte[] png = sealImages.draw(seal.getType(), seal.getHolderName()).png();
                kept.stream().filter(image -> image.getType() == seal.getType()).forEach(em::remove);
                em.flush();
                em.persist(new OrderSealImage(order.getId(), seal, png));
            }
        }
    }

    private List<OrderSealImage> keptImages(SealOrder order) {
        return em.createNamedQuery("OrderSealImage.ofOrder", OrderSealImage.class).setParameter("orderId",
                order.getId()).getResultList();
    }

    public String encryptIdNumber(String idNumber) {
        return cipher.encrypt(idNumber, ID_CARD_CONTEXT);
    }

    public String decryptIdNumber(SealApplication application) {
        return application.getLegalRepIdCipher() == null ? null
                : cipher.decrypt(application.getLegalRepIdCipher(), ID_CARD_CONTEXT);
    }

    /**
     * Keeps what was typed into {@code step}'s fields that failed {@code checks} (so the page shows it again),
     * beside the other steps' unsaved entries; drops the step's entries once they all passed.
     */
    public void keepUnsavedEntries(SealOrder order, String step, Validation checks, Map<String, String> typed) {
        Map<String, Map<String, String>> entries = new TreeMap<>(unsavedEntries(order));
        Map<String, String> failed = new TreeMap<>();
        typed.forEach((field, value) -> {
            if (value != null && !value.isBlank() && checks.failed(field)) {
                failed.put(field, value.length() > MAX_KEPT_LENGTH ? value.substring(0, MAX_KEPT_LENGTH) : value);
            }
        });
        if (failed.isEmpty()) {
            entries.remove(step);
        } else {
            entries.put(step, failed);
        }
        order.keepUnsavedEntries(entries.isEmpty() ? null : cipher.encrypt(toJson(entries), UNSAVED_CONTEXT));
    }

    /** What the applicant typed that did not pass, by step and field. */
    public Map<String, Map<String, String>> unsavedEntries(SealOrder order) {
        if (order.getUnsavedEntries() == null) {
            return Map.of();
        }
        Map<String, Map<String, String>> entries = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(cipher.decrypt(order.getUnsavedEntries(), UNSAVED_CONTEXT)))) {
            reader.readObject().forEach((step, fields) -> entries.put(step, ((JsonObject) fields).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> ((JsonString) e.getValue()).getString()))));
        }
        return entries;
    }

    private static String toJson(Map<String, Map<String, String>> entries) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        entries.forEach((step, fields) -> {
            JsonObjectBuilder stepJson = Json.createObjectBuilder();
            fields.forEach(stepJson::add);
            json.add(step, stepJson);
        });
        return json.build().toString();
    }

    public byte[] encryptDocument(byte[] content) {
        return cipher.seal(content, DOCUMENT_CONTEXT);
    }

    /** Deletes the document's row; its bytes go with it, or once the deletion commits. */
    public void removeDocument(OrderDocument document) {
        documents.discard(document);
        em.remove(document);
    }

    public List<OrderDocument> documentsOf(SealOrder order) {
        return em.createNamedQuery("OrderDocument.ofOrder", OrderDocument.class).setParameter("orderId", order.getId())
                .getResultList();
    }

    private static Set<DocumentRole> rolesOf(List<OrderDocument> documents) {
        return documents.stream().map(OrderDocument::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentRole.class)));
    }
}
