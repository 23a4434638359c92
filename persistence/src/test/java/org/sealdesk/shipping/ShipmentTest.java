package org.sealdesk.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sealdesk.common.RuleViolation;

class ShipmentTest {

    private static final Instant SENT = Instant.parse("2026-12-04T02:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"SF1234567890123", "sf 1234 5678 9012", "123456789012", "SF123456789012"})
    void waybillsAsScannedOrTypedAreTaken(String typed) {
        new Waybill(typed);
    }

    @Test
    void waybillsAreNormalised() {
        assertEquals("SF1234567890123", new Waybill(" sf1234-5678-90123 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SF12345", "1234567890123", "YT1234567890123", "SF12345678901234", "SF12345678901A"})
    void otherNumbersAreRefused(String typed) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new Waybill(typed));
        assertEquals(typed.isEmpty() ? "validation.waybill.required" : "validation.waybill.invalid",
                refused.messageKey());
    }

    @Test
    void theRouteMovesTheParcelAndRepeatedReportsAreKeptOnce() {
        Shipment shipment = sent();
        RouteEvent.Reported pickedUp = event("2026-12-04T03:00:00Z", "50", "顺丰速运 已收取快件", RouteProgress.MOVING);
        assertEquals(ShipmentStatus.CREATED, shipment.track(List.of(pickedUp), SENT));
        assertEquals(ShipmentStatus.IN_TRANSIT, shipment.getStatus());
        RouteEvent.Reported signed = event("2026-12-05T01:00:00Z", "80", "已签收", RouteProgress.DELIVERED);
        assertEquals(ShipmentStatus.IN_TRANSIT, shipment.track(List.of(pickedUp, signed), SENT));
        assertEquals(ShipmentStatus.DELIVERED, shipment.getStatus());
        assertEquals(Instant.parse("2026-12-05T01:00:00Z"), shipment.getDeliveredAt());
        assertEquals(2, shipment.getRoute().size());
        shipment.track(List.of(signed, event("2026-12-05T02:00:00Z", "99", "退回", RouteProgress.RETURNED)), SENT);
        assertEquals(ShipmentStatus.DELIVERED, shipment.getStatus(), "a delivered parcel stays delivered");
    }

    @Test
    void aReturnedParcelKeepsTheCouriersReason() {
        Shipment shipment = sent();
        shipment.track(List.of(event("2026-12-04T05:00:00Z", "99", "收件人拒收，快件退回", RouteProgress.RETURNED),
                event("2026-12-04T03:00:00Z", "50", "已收取快件", RouteProgress.MOVING)), SENT);
        assertEquals(ShipmentStatus.RETURNED, shipment.getStatus());
        assertEquals("收件人拒收，快件退回", shipment.getReturnReason());
        assertNull(shipment.getDeliveredAt());
        assertEquals("已收取快件", shipment.getRoute().get(0).getRemark(), "the route in the order it happened");
    }

    @Test
    void theShipperRecordsAReturnWithItsReasonOnlyWhileTheParcelIsOut() {
        Shipment shipment = sent();
        assertEquals("shipping.return.reasonRequired",
                assertThrows(RuleViolation.class, () -> shipment.returned(" ")).messageKey());
        shipment.returned("地址错误");
        assertEquals(ShipmentStatus.RETURNED, shipment.getStatus());
        assertEquals("shipping.return.closed",
                assertThrows(RuleViolation.class, () -> shipment.returned("again")).messageKey());
    }

    private static Shipment sent() {
        return Shipment.sent(1, 1, new Waybill("SF1234567890123"), "SW0001", "shipper1", SENT);
    }

    private static RouteEvent.Reported event(String at, String code, String remark, RouteProgress progress) {
        return new RouteEvent.Reported(Instant.parse(at), "深圳", remark, code, progress);
    }
}
