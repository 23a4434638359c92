package org.sealdesk.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sealdesk.common.Money;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.document.DocumentType;
import org.sealdesk.document.OrderDocument;

/** An order as its owner's pages show it; the legal representative's ID number only masked. */
public record OrderView(String number, OrderKind kind, OrderStatus status, Integer validityYears, Money amount,
        Instant createdAt, Instant submittedAt, SealApplication application, MailingAddress mailing,
        List<SealRequest> seals, List<Document> documents, List<Step> timeline, boolean editable, List<String> missing,
        String rejectionReason, String partnerName, Map<String, Map<String, String>> unsavedEntries) {

    public record Document(DocumentRole role, DocumentType type, String originalName, long sizeBytes,
            Instant uploadedAt) {

        static Document of(OrderDocument document) {
            return new Document(document.getRole(), document.getType(), document.getOriginalName(),
                    document.getSizeBytes(), document.getUploadedAt());
        }

        public boolean isImage() {
            return type.isImage();
        }
    }

    public record Step(OrderStatus from, OrderStatus to, String note, Instant at) {
    }

    static OrderView of(SealOrder order, List<OrderDocument> documents, List<String> missing, String partnerName,
            Map<String, Map<String, String>> unsavedEntries) {
        return new OrderView(order.getNumber().value(), order.getKind(), order.getStatus(), order.getValidityYears(),
                order.getAmount(), order.getCreatedAt(), order.getSubmittedAt(), order.getApplication(),
                order.getMailing(), order.getSeals(), documents.stream().map(Document::of).toList(),
                order.getEvents().stream().map(e -> new Step(e.getFrom(), e.getTo(), e.getNote(), e.getHappenedAt()))
                        .toList(),
                order.isEditable(), missing, order.getRejectionReason(), partnerName, unsavedEntries);
    }

    /** What was typed into {@code step}'s fields and did not pass, by field id. */
    public Map<String, String> unsaved(String step) {
        return unsavedEntries.getOrDefault(step, Map.of());
    }

    public boolean has(DocumentRole role) {
        return documents.stream().anyMatch(d -> d.role() == role);
    }
}
