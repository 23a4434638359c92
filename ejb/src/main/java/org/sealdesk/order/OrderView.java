package org.sealdesk.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sealdesk.account.IdentityCheck;
import org.sealdesk.common.Money;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.document.DocumentType;
import org.sealdesk.document.OrderDocument;
import org.sealdesk.shipping.Shipment;
import org.sealdesk.shipping.ShipmentStatus;

/** An order as its owner's pages show it; the legal representative's ID number only masked. */
public record OrderView(String number, OrderKind kind, OrderStatus status, Integer validityYears, Money amount,
        Instant createdAt, Instant submittedAt, Applicant application, Mailing mailing, List<Seal> seals,
        List<Document> documents, List<Step> timeline, boolean editable, List<String> missing,
        String rejectionReason, String partnerName, Map<String, Map<String, String>> unsavedEntries,
        List<Parcel> parcels, List<Held> held) {

    /** The application's details; of the legal representative's ID number only the masked form. */
    public record Applicant(String unitName, String creditCode, String unitAddress, String legalRepName,
            String legalRepIdMasked, String legalRepMobile, IdentityCheck legalRepCheck) {

        static Applicant of(SealApplication application) {
            return application == null ? null : new Applicant(application.getUnitName(), application.getCreditCode(),
                    application.getUnitAddress(), application.getLegalRepName(), application.getLegalRepIdMasked(),
                    application.getLegalRepMobile(), application.getLegalRepCheck());
        }
    }

    /** Where the ukey is to be sent. */
    public record Mailing(String recipient, String mobile, String province, String city, String district, String street,
            String oneLine) {

        static Mailing of(MailingAddress address) {
            return address == null ? null : new Mailing(address.getRecipient(), address.getMobile(),
                    address.getProvince(), address.getCity(), address.getDistrict(), address.getStreet(),
                    address.oneLine());
        }
    }

    /** A seal the order makes, and whose name it carries. */
    public record Seal(SealType type, String holderName) {

        static Seal of(SealRequest request) {
            return new Seal(request.getType(), request.getHolderName());
        }
    }

    /** A held seal the order is about, as it is now: a change (变更) shows it beside what it becomes. */
    public record Held(SealType type, String name) {
    }

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

    /** A parcel sent for the order, with its route as the courier reported it, newest step first. */
    public record Parcel(String waybill, ShipmentStatus status, String trackingLink, Instant shippedAt,
            String returnReason, List<RouteStep> route) {

        static Parcel of(Shipment shipment, String trackingLink) {
            List<RouteStep> route = new ArrayList<>(shipment.getRoute().stream()
                    .map(e -> new RouteStep(e.getHappenedAt(), e.getPlace(), e.getRemark())).toList());
            Collections.reverse(route);
            return new Parcel(shipment.getWaybill().value(), shipment.getStatus(), trackingLink,
                    shipment.getShippedAt(), shipment.getReturnReason(), route);
        }
    }

    public record RouteStep(Instant at, String place, String remark) {
    }

    static OrderView of(SealOrder order, List<OrderDocument> documents, List<String> missing, String partnerName,
            Map<String, Map<String, String>> unsavedEntries, List<Parcel> parcels, List<Held> held) {
        return new OrderView(order.getNumber().value(), order.getKind(), order.getStatus(), order.getValidityYears(),
                order.getAmount(), order.getCreatedAt(), order.getSubmittedAt(),
                Applicant.of(order.getApplication()), Mailing.of(order.getMailing()),
                order.sealsToMake().stream().map(Seal::of).toList(), documents.stream().map(Document::of).toList(),
                order.getEvents().stream().map(e -> new Step(e.getFrom(), e.getTo(), e.getNote(), e.getHappenedAt()))
                        .toList(),
                order.isEditable(), missing, order.getRejectionReason(), partnerName, unsavedEntries,
                parcels, held);
    }

    /** What was typed into {@code step}'s fields and did not pass, by field id. */
    public Map<String, String> unsaved(String step) {
        return unsavedEntries.getOrDefault(step, Map.of());
    }

    /** The seal of {@code type} as the order makes it, or null. */
    public Seal sealOf(SealType type) {
        return seals.stream().filter(seal -> seal.type() == type).findFirst().orElse(null);
    }

    public boolean has(DocumentRole role) {
        return documents.stream().anyMatch(d -> d.role() == role);
    }
}
