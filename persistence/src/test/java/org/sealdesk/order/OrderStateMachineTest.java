package org.sealdesk.order;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sealdesk.order.OrderStatus.AWAITING_ONLINE_UPDATE;
import static org.sealdesk.order.OrderStatus.AWAITING_PAYMENT;
import static org.sealdesk.order.OrderStatus.AWAITING_PRODUCTION;
import static org.sealdesk.order.OrderStatus.AWAITING_REVIEW;
import static org.sealdesk.order.OrderStatus.AWAITING_SHIPMENT;
import static org.sealdesk.order.OrderStatus.CLOSED;
import static org.sealdesk.order.OrderStatus.COMPLETED;
import static org.sealdesk.order.OrderStatus.DELIVERED;
import static org.sealdesk.order.OrderStatus.DRAFT;
import static org.sealdesk.order.OrderStatus.REFUNDED;
import static org.sealdesk.order.OrderStatus.REJECTED;
import static org.sealdesk.order.OrderStatus.SHIPPED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.document.DocumentRole;

class OrderStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Money PRICE = Money.ofFen(60000);

    /** The design's pipelines, written out independently of the enum. */
    private static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(AWAITING_PAYMENT, COMPLETED)), // completed at once: a free order (注销)
            Map.entry(AWAITING_PAYMENT, EnumSet.of(CLOSED, AWAITING_REVIEW, AWAITING_PRODUCTION, AWAITING_ONLINE_UPDATE)),
            Map.entry(CLOSED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(AWAITING_REVIEW, EnumSet.of(REJECTED, AWAITING_PRODUCTION, AWAITING_ONLINE_UPDATE)),
            Map.entry(REJECTED, EnumSet.of(AWAITING_REVIEW, REFUNDED)),
            Map.entry(REFUNDED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(AWAITING_PRODUCTION, EnumSet.of(AWAITING_SHIPMENT)),
            Map.entry(AWAITING_SHIPMENT, EnumSet.of(SHIPPED)),
            Map.entry(SHIPPED, EnumSet.of(DELIVERED, AWAITING_SHIPMENT)),
            Map.entry(DELIVERED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(AWAITING_ONLINE_UPDATE, EnumSet.of(COMPLETED)),
            Map.entry(COMPLETED, EnumSet.noneOf(OrderStatus.class)));

    static Stream<Arguments> everyPairOfStatuses() {
        return Stream.of(OrderStatus.values()).flatMap(from -> Stream.of(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    void statusTableAllowsExactlyTheDesignedMoves(OrderStatus from, OrderStatus to) {
        assertEquals(LEGAL.get(from).contains(to), from.canMoveTo(to));
    }

    private static SealOrder draft(OrderKind kind) {
        return SealOrder.draft(kind, 7L, OrderNumber.next(LocalDate.of(2026, 11, 21)), NOW);
    }

    @Test
    void aCancellationIsCompletedAtOnceAndAPricedDraftNeverIs() {
        SealOrder cancellation = draft(OrderKind.CANCELLATION);
        cancellation.completeAtOnce("注销 SD1-P1", NOW);
        assertEquals(COMPLETED, cancellation.getStatus());
        assertEquals("注销 SD1-P1", cancellation.getEvents().get(1).getNote());
        RuleViolation priced = assertThrows(RuleViolation.class,
                () -> draft(OrderKind.NEW_PERSONAL_SEAL).completeAtOnce("x", NOW));
        assertEquals("order.move.illegal", priced.messageKey());
    }

    @Test
    void enterpriseSealGoesThroughReviewProductionAndShipping() {
        SealOrder order = draft(OrderKind.NEW_ENTERPRISE_SEAL);
        order.submit(1, PRICE, NOW);
        assertEquals(PRICE, order.getAmount());
        order.acceptPayment("SD2026112100000001P01", NOW);
        order.approve("reviewer1", NOW);
        order.markProduced("producer1", NOW);
        order.markShipped("shipper1", "SF1234567890", NOW);
        order.confirmReceipt(NOW);
        assertEquals(List.of(DRAFT, AWAITING_PAYMENT, AWAITING_REVIEW, AWAITING_PRODUCTION, AWAITING_SHIPMENT, SHIPPED, DELIVERED),
                order.getEvents().stream().map(OrderEvent::getTo).toList());
        assertEquals("reviewer1", order.getEvents().get(3).getActor());
        assertEquals("SF1234567890", order.getEvents().get(5).getNote());
        assertTrue(order.getStatus().isFinal());
    }

    @Test
    void eachKindTakesItsOwnPathAfterPayment() {
        Map<OrderKind, OrderStatus> afterPayment = Map.of(
                OrderKind.NEW_ENTERPRISE_SEAL, AWAITING_REVIEW, OrderKind.NEW_PERSONAL_SEAL, AWAITING_REVIEW,
                OrderKind.ENTERPRISE_UKEY_REPLACEMENT, AWAITING_REVIEW, OrderKind.PERSONAL_UKEY_REPLACEMENT,
                AWAITING_REVIEW, OrderKind.CHANGE, AWAITING_REVIEW,
                OrderKind.RENEWAL, AWAITING_ONLINE_UPDATE, OrderKind.UNLOCK, AWAITING_ONLINE_UPDATE,
                OrderKind.REISSUE, AWAITING_PRODUCTION);
        for (OrderKind kind : afterPayment.keySet()) {
            SealOrder order = draft(kind);
            order.submit(1, PRICE, NOW);
            order.acceptPayment("SD2026112100000001P01", NOW);
            assertEquals(afterPayment.get(kind), order.getStatus(), kind.name());
        }
        SealOrder change = draft(OrderKind.CHANGE);
        change.submit(1, PRICE, NOW);
        change.acceptPayment("SD2026112100000001P01", NOW);
        change.approve("reviewer1", NOW);
        assertEquals(AWAITING_ONLINE_UPDATE, change.getStatus(), "an approved change is finished online");
        assertEquals(Set.of(OrderKind.CANCELLATION), EnumSet.complementOf(EnumSet.copyOf(afterPayment.keySet())));
        assertThrows(IllegalStateException.class, () -> draft(OrderKind.CANCELLATION).submit(1, PRICE, NOW),
                "a cancellation is not paid for");
    }

    @Test
    void aRenewalNamesTheHeldSealsAndIsFinishedOnline() {
        List<SealRequest> held = List.of(SealRequest.about(41, SealType.ENTERPRISE, "肇庆市某某有限公司"),
                SealRequest.about(42, SealType.LEGAL_REPRESENTATIVE_SIGNATURE, "王小明"));
        SealOrder renewal = SealOrder.aboutSeals(OrderKind.RENEWAL, 7L, OrderNumber.next(LocalDate.of(2026, 11, 21)),
                held, 2, PRICE, null, NOW);
        assertEquals(AWAITING_PAYMENT, renewal.getStatus(), "nothing to fill in: it awaits payment at once");
        assertEquals(List.of(41L, 42L), renewal.getSeals().stream().map(SealRequest::getSealId).toList());
        assertEquals(2, renewal.getValidityYears());
        assertEquals("肇庆市某某有限公司", renewal.holderName());
        renewal.acceptPayment("SD2026112100000001P01", NOW);
        assertEquals(AWAITING_ONLINE_UPDATE, renewal.getStatus());
        renewal.completeOnlineUpdate(NOW);
        assertEquals(COMPLETED, renewal.getStatus());
        OrderNumber next = OrderNumber.next(LocalDate.of(2026, 11, 21));
        assertThrows(IllegalArgumentException.class, () -> SealOrder.aboutSeals(OrderKind.NEW_PERSONAL_SEAL, 7L,
                next, held, 1, PRICE, null, NOW), "a new seal names no held seal");
        assertThrows(IllegalArgumentException.class, () -> SealOrder.aboutSeals(OrderKind.RENEWAL, 7L, next,
                List.of(), 1, PRICE, null, NOW), "a renewal names its seals");
        assertThrows(IllegalArgumentException.class, () -> SealOrder.aboutSeals(OrderKind.REISSUE, 7L, next, held,
                1, PRICE, null, NOW), "a reissue says where to post");
    }

    @Test
    void aChangeNamesTheHeldSealsAndMakesThemAnewFromItsApplication() {
        List<SealRequest> held = List.of(SealRequest.about(41, SealType.ENTERPRISE, "肇庆市某某有限公司"),
                SealRequest.about(42, SealType.LEGAL_REPRESENTATIVE_SIGNATURE, "王小明"));
        SealOrder change = SealOrder.change(7L, OrderNumber.next(LocalDate.of(2026, 11, 21)), held,
                new SealApplication("肇庆市某某有限公司", "9144030071526726XG", "星湖大道 1 号", "王小明", "cipher",
                        "4412**********0011", "13700137000"), NOW);
        assertEquals(DRAFT, change.getStatus(), "filled in the wizard first");
        assertEquals(1, change.getValidityYears(), "it buys no years");
        change.describe(new SealApplication("肇庆市某某科技有限公司", "9144030071526726XG", "星湖大道 1 号", "李大华",
                "cipher2", "4412**********0022", "13700137000"));
        assertEquals(List.of("肇庆市某某科技有限公司", "李大华"), change.sealsRequested().stream()
                .map(SealRequest::getHolderName).toList(), "the seals named as the application names them now");
        assertEquals(List.of(41L, 42L), change.sealsRequested().stream().map(SealRequest::getSealId).toList());
        assertEquals(List.of("order.missing.documents"), change.missingForSubmission(Set.of()),
                "no mailing: the ukey stays with its holder");
        assertTrue(change.missingForSubmission(Set.of(DocumentRole.BUSINESS_LICENCE, DocumentRole.IMPRESSION_FORM))
                .isEmpty());
        change.submit(1, PRICE, NOW);
        assertEquals(List.of("肇庆市某某科技有限公司", "李大华"), change.getSeals().stream()
                .map(SealRequest::getHolderName).toList());
        assertThrows(IllegalArgumentException.class, () -> SealOrder.change(7L, OrderNumber.next(LocalDate.of(2026,
                11, 21)), List.of(), null, NOW), "a change names its seals");
    }

    @Test
    void aRejectedOrderIsResubmittedWithoutPayingAgainOrRefunded() {
        SealOrder order = draft(OrderKind.NEW_PERSONAL_SEAL);
        order.submit(2, PRICE, NOW);
        order.acceptPayment("SD2026112100000001P01", NOW);
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> order.reject("reviewer1", " ", NOW));
        assertEquals("order.reject.reasonRequired", noReason.messageKey());
        order.reject("reviewer1", "营业执照扫描件不清晰", NOW);
        assertEquals("营业执照扫描件不清晰", order.getRejectionReason());
        order.resubmit(NOW);
        assertTrue(order.isResubmitted());
        assertEquals(AWAITING_REVIEW, order.getStatus());
        order.reject("reviewer1", "印模采集表未盖章", NOW);
        order.refund("finance1", "申请人放弃", NOW);
        assertEquals(REFUNDED, order.getStatus());
    }

    /** Puts an order of a suitable kind into {@code status} by legal moves. */
    private static SealOrder orderIn(OrderStatus status) {
        boolean online = status == AWAITING_ONLINE_UPDATE || status == COMPLETED;
        SealOrder order = draft(online ? OrderKind.RENEWAL : OrderKind.NEW_ENTERPRISE_SEAL);
        List<Consumer<SealOrder>> path = new ArrayList<>();
        switch (status) {
            case DRAFT -> { }
            case AWAITING_PAYMENT -> path.add(o -> o.submit(1, PRICE, NOW));
            case CLOSED -> path.addAll(List.of(o -> o.submit(1, PRICE, NOW), o -> o.close(NOW)));
            case AWAITING_REVIEW, AWAITING_ONLINE_UPDATE ->
                    path.addAll(List.of(o -> o.submit(1, PRICE, NOW), o -> o.acceptPayment("SD2026112100000001P01", NOW)));
            case COMPLETED -> path.addAll(List.of(o -> o.submit(1, PRICE, NOW), o -> o.acceptPayment("SD2026112100000001P01", NOW),
                    o -> o.completeOnlineUpdate(NOW)));
            default -> {
                path.addAll(List.of(o -> o.submit(1, PRICE, NOW), o -> o.acceptPayment("SD2026112100000001P01", NOW)));
                switch (status) {
                    case REJECTED -> path.add(o -> o.reject("r", "x", NOW));
                    case REFUNDED -> path.addAll(List.of(o -> o.reject("r", "x", NOW), o -> o.refund("f", "x", NOW)));
                    default -> {
                        path.add(o -> o.approve("r", NOW));
                        if (status != AWAITING_PRODUCTION) {
                            path.add(o -> o.markProduced("p", NOW));
                        }
                        if (status == SHIPPED || status == DELIVERED) {
                            path.add(o -> o.markShipped("s", "SF1", NOW));
                        }
                        if (status == DELIVERED) {
                            path.add(o -> o.confirmReceipt(NOW));
                        }
                    }
                }
            }
        }
        path.forEach(step -> step.accept(order));
        assertEquals(status, order.getStatus());
        return order;
    }

    private static final Map<String, Consumer<SealOrder>> ACTIONS = Map.ofEntries(
            Map.entry("submit", o -> o.submit(1, PRICE, NOW)),
            Map.entry("close", o -> o.close(NOW)),
            Map.entry("approve", o -> o.approve("r", NOW)),
            Map.entry("reject", o -> o.reject("r", "x", NOW)),
            Map.entry("resubmit", o -> o.resubmit(NOW)),
            Map.entry("refund", o -> o.refund("f", "x", NOW)),
            Map.entry("markProduced", o -> o.markProduced("p", NOW)),
            Map.entry("markShipped", o -> o.markShipped("s", "SF1", NOW)),
            Map.entry("confirmReceipt", o -> o.confirmReceipt(NOW)),
            Map.entry("parcelReturned", o -> o.parcelReturned("s", "拒收", NOW)),
            Map.entry("completeOnlineUpdate", o -> o.completeOnlineUpdate(NOW)));

    private static final Map<String, OrderStatus> LEGAL_FROM = Map.ofEntries(
            Map.entry("submit", DRAFT), Map.entry("close", AWAITING_PAYMENT),
            Map.entry("approve", AWAITING_REVIEW), Map.entry("reject", AWAITING_REVIEW), Map.entry("resubmit", REJECTED),
            Map.entry("refund", REJECTED), Map.entry("markProduced", AWAITING_PRODUCTION),
            Map.entry("markShipped", AWAITING_SHIPMENT), Map.entry("confirmReceipt", SHIPPED),
            Map.entry("parcelReturned", SHIPPED),
            Map.entry("completeOnlineUpdate", AWAITING_ONLINE_UPDATE));

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Stream.of(OrderStatus.values()).flatMap(s -> ACTIONS.keySet().stream().sorted().map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyActionFromEveryStatus")
    void everyMethodIsLegalOnlyFromItsStatus(OrderStatus status, String action) {
        SealOrder order = orderIn(status);
        int events = order.getEvents().size();
        if (LEGAL_FROM.get(action) == status) {
            assertDoesNotThrow(() -> ACTIONS.get(action).accept(order));
            assertEquals(events + 1, order.getEvents().size());
        } else {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> ACTIONS.get(action).accept(order));
            assertEquals("order.move.illegal", refused.messageKey());
            assertEquals(status, order.getStatus(), "an illegal move changes nothing");
            assertEquals(events, order.getEvents().size());
        }
    }

    /** Money can arrive for an order that stopped waiting for it: the order declines it (to be refunded), no error. */
    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void aPaymentIsTakenOnlyByAnOrderAwaitingIt(OrderStatus status) {
        SealOrder order = orderIn(status);
        int events = order.getEvents().size();
        boolean accepted = order.acceptPayment("SD2026112100000001P01", NOW);
        assertEquals(status == AWAITING_PAYMENT, accepted);
        assertEquals(accepted ? events + 1 : events, order.getEvents().size());
        if (!accepted) {
            assertEquals(status, order.getStatus(), "a declined payment changes nothing");
        }
    }

    @Test
    void orderNumbersAreWellFormed() {
        OrderNumber number = OrderNumber.next(LocalDate.of(2026, 11, 21));
        assertTrue(number.value().matches("SD20261121\\d{8}"), number.value());
        assertThrows(RuleViolation.class, () -> new OrderNumber("SD2026"));
        assertEquals("order.notFound", assertThrows(RuleViolation.class, () -> OrderNumber.sought("SD2026' OR 1=1"))
                .messageKey(), "a number no order can have is simply not found");
    }

    /** The finished-order counts hold exactly the statuses V29 counts; an order is counted once, as it stands. */
    @Test
    void finishedOrdersAreCountedOnlyInStatusesNeverLeft() {
        assertEquals(EnumSet.of(CLOSED, REFUNDED, DELIVERED, COMPLETED),
                EnumSet.copyOf(Stream.of(OrderStatus.values()).filter(OrderStatus::isFinal).toList()));
        assertThrows(IllegalArgumentException.class, () -> new FinishedOrderCount(SHIPPED));
        FinishedOrderCount delivered = new FinishedOrderCount(DELIVERED);
        delivered.add(3);
        delivered.add(2);
        assertEquals(5, delivered.getOrders());
        assertThrows(IllegalArgumentException.class, () -> delivered.add(-1));
    }
}
