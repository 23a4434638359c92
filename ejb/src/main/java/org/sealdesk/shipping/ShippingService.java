package org.sealdesk.shipping;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.OrderRecords;
import org.sealdesk.order.OrderStatus;
import org.sealdesk.order.Orders;
import org.sealdesk.order.SealOrder;
import org.sealdesk.platform.CjkFont;
import org.sealdesk.sms.SmsGateway;
import org.sealdesk.staff.Roles;
import org.sealdesk.ukey.Ukey;

/**
 * Shipping (manual 1.2.9, 快递邮寄) from the shipper's side: the queue of produced ukeys, the packing slip, and
 * sending one — the ukey in hand must be the order's (its serial scanned or typed), the waybill comes from SF or from
 * the paper form, the applicant is texted the waybill and, the first time, the ukey's PIN. A parcel that comes back
 * is recorded here when SF cannot report it (the built-in courier).
 */
@Stateless
@RolesAllowed(Roles.SHIPPER)
public class ShippingService {

    private static final int QUEUE_SIZE = 200;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String CONTENTS = "ukey（数字证书介质）";

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Shipments shipments;

    @Inject
    OrderRecords records;

    @Inject
    Courier courier;

    @Inject
    Consignment.Sender sender;

    @Inject
    TrackingLinks tracking;

    @Inject
    @ConfigProperty(name = "sealdesk.pdf.font")
    Optional<String> pdfFont;

    @Inject
    SmsGateway sms;

    @Inject
    ParcelEvents parcels;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Orders awaiting shipment, oldest application first, late ones marked. */
    public List<ShippingQueueRow> queue() {
        Instant now = clock.instant();
        List<SealOrder> waiting = orders.inStatusOldestFirst(OrderStatus.AWAITING_SHIPMENT, QUEUE_SIZE);
        List<Long> ids = waiting.stream().map(SealOrder::getId).toList();
        Map<Long, Shipment> returned = shipments.latestOf(ids);
        Map<Long, Ukey> ukeys = shipments.ukeysOf(ids);
        return waiting.stream().map(order -> new ShippingQueueRow(order.getNumber().value(), order.holderName(),
                order.getMailing().getRecipient(), order.getMailing().oneLine(),
                Optional.ofNullable(ukeys.get(order.getId())).map(Ukey::getSerial).orElse(""),
                order.getSubmittedAt(), Duration.between(order.getSubmittedAt(), now).toMinutes(),
                ServiceZone.dayOf(order.getSubmittedAt()).isBefore(ServiceZone.dayOf(now)),
                Optional.ofNullable(returned.get(order.getId())).map(Shipment::getReturnReason).orElse(null)))
                .toList();
    }

    /** Orders shipped and not yet received, sent longest ago first, with their parcels as SF last reported. */
    public List<TransitRow> inTransit() {
        List<SealOrder> shipped = orders.inStatusOldestFirst(OrderStatus.SHIPPED, QUEUE_SIZE);
        Map<Long, Shipment> parcels = shipments.latestOf(shipped.stream().map(SealOrder::getId).toList());
        return shipped.stream().map(order -> {
            Shipment parcel = parcels.get(order.getId());
            return new TransitRow(order.getNumber().value(), order.getMailing().getRecipient(),
                    parcel.getWaybill().value(), tracking.link(parcel.getWaybill()), parcel.getShippedAt(),
                    parcel.getStatus());
        }).toList();
    }

    /** The order to ship, as the page shows it. */
    public ShippingCase open(String number) {
        SealOrder order = awaitingShipment(number, LockModeType.NONE);
        return new ShippingCase(records.view(order), ukeyOf(order).getSerial(), courier.makesWaybills());
    }

    /** The packing slip and address label (PDF): the order number as a QR code, the ukey's serial, the recipient. */
    public byte[] packingSlip(String number) {
        SealOrder order = awaitingShipment(number, LockModeType.NONE);
        audit.success(caller(), "shipping.slip", number, null);
        return new PackingSlipPdf(CjkFont.of(pdfFont)).render(new PackingSlipPdf.Slip(number, ukeyOf(order).getSerial(), order.holderName(),
                order.getMailing(), sender, CONTENTS));
    }

    /**
     * Sends the order's ukey: the serial scanned from the ukey in hand must be the one production made for the order;
     * the waybill comes from the courier, or is the one typed from the paper form.
     *
     * @return the waybill
     * @throws RuleViolation about ukeySerial (required, wrong), about waybill (required, invalid, used), or the
     *         courier's refusal
     */
    public String ship(String number, String scannedSerial, String typedWaybill) {
        SealOrder order = awaitingShipment(number, LockModeType.PESSIMISTIC_WRITE);
        Ukey ukey = ukeyOf(order);
        String scanned = scannedSerial == null ? "" : scannedSerial.strip();
        if (scanned.isEmpty()) {
            throw new RuleViolation("shipping.ukeySerial.required").about("ukeySerial");
        }
        if (!ukey.getSerial().equalsIgnoreCase(scanned)) {
            audit.refused(caller(), "shipping.ship", number, "ukey " + scanned + " is not the order's " + ukey.getSerial());
            throw new RuleViolation("shipping.ukeySerial.wrong", scanned).about("ukeySerial");
        }
        int sending = shipments.ofOrder(order.getId()).size() + 1;
        Waybill waybill;
        if (courier.makesWaybills()) {
            waybill = courier.order(new Consignment(number + "-" + sending + "-" + HexFormat.of().formatHex(
                    RANDOM.generateSeed(2)), sender, order.getMailing(), CONTENTS));
        } else {
            try {
                waybill = new Waybill(typedWaybill);
            } catch (RuleViolation invalid) {
                throw invalid.about("waybill");
            }
        }
        if (shipments.byWaybill(waybill, LockModeType.NONE).isPresent()) {
            throw new RuleViolation("shipping.waybill.used", waybill.value()).about("waybill");
        }
        Instant now = clock.instant();
        em.persist(Shipment.sent(order.getId(), sending, waybill, ukey.getSerial(), caller(), now));
        order.markShipped(caller(), waybill.value(), now);
        String pin = ukey.getUserPinCipher() == null ? null : cipher.decrypt(ukey.getUserPinCipher(), Ukey.PIN_CONTEXT);
        sms.sendParcelShipped(parcels.applicantMobile(order), number, waybill.value(), tracking.link(waybill), pin);
        ukey.userPinSent();
        audit.success(caller(), "shipping.ship", number, "waybill " + waybill + " (sending " + sending + "), ukey "
                + ukey.getSerial() + (pin == null ? "" : ", first PIN texted"));
        return waybill.value();
    }

    /** A parcel came back and SF cannot say so here (the built-in courier): the order awaits shipment again. */
    public void recordReturn(String number, String reason) {
        SealOrder order = orders.byNumber(OrderNumber.sought(number), LockModeType.PESSIMISTIC_WRITE);
        if (order.getStatus() != OrderStatus.SHIPPED) {
            throw new RuleViolation("shipping.notShipped", number);
        }
        Shipment shipment = shipments.latest(order.getId()).orElseThrow();
        try {
            shipment.returned(reason);
        } catch (RuleViolation refused) {
            throw refused.about("returnReason");
        }
        parcels.returned(order, shipment, caller());
        audit.success(caller(), "shipping.returned", number, shipment.getWaybill() + ": " + shipment.getReturnReason());
    }

    private SealOrder awaitingShipment(String number, LockModeType lock) {
        SealOrder order = orders.byNumber(OrderNumber.sought(number), lock);
        if (order.getStatus() != OrderStatus.AWAITING_SHIPMENT) {
            throw new RuleViolation("shipping.notAwaiting", number);
        }
        return order;
    }

    private Ukey ukeyOf(SealOrder order) {
        return shipments.ukeyOf(order.getId())
                .orElseThrow(() -> new IllegalStateException("order " + order.getNumber() + " has no ukey"));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
