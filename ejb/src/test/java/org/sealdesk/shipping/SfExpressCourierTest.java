package org.sealdesk.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.MailingAddress;

class SfExpressCourierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);
    private static final Consignment.Sender SENDER = new Consignment.Sender("肇庆CA", "发货组", "13800138000", "广东省",
            "肇庆市", "端州区", "信安大道1号");
    private static final MailingAddress RECIPIENT = MailingAddress.of("张三", "13912345678", "广东省", "广州市", "天河区",
            "体育西路 100 号 & 20 楼");

    private final FakeSfExpress sf = FakeSfExpress.start(0);

    @AfterEach
    void stop() {
        sf.close();
    }

    private SfExpressCourier courier(String checkWord) {
        return new SfExpressCourier(new SfExpressCourier.Settings(sf.serviceUrl(), FakeSfExpress.PARTNER, checkWord,
                "7551234567", SENDER), CLOCK);
    }

    @Test
    void anOrderSignedAsSfChecksItGetsAWaybill() {
        Waybill waybill = courier(FakeSfExpress.CHECK_WORD).order(new Consignment("SD2026120400000001-1-ab12", SENDER,
                RECIPIENT, "ukey"));
        assertTrue(waybill.value().matches("SF\\d{13}"), waybill.value());
        Map<String, String> call = sf.received().get(0);
        assertEquals("EXP_RECE_CREATE_ORDER", call.get("serviceCode"));
        assertEquals(Long.toString(CLOCK.millis()), call.get("timestamp"));
        JsonObject order = Json.createReader(new StringReader(call.get("msgData"))).readObject();
        assertEquals("SD2026120400000001-1-ab12", order.getString("orderId"));
        assertEquals("7551234567", order.getString("monthlyCard"));
        JsonObject to = order.getJsonArray("contactInfoList").getJsonObject(1);
        assertEquals(2, to.getInt("contactType"));
        assertEquals("张三", to.getString("contact"));
        assertEquals("体育西路 100 号 & 20 楼", to.getString("address"), "the address arrives whole, & and spaces too");
        assertEquals(1, order.getJsonArray("contactInfoList").getJsonObject(0).getInt("contactType"));
    }

    @Test
    void aWrongCheckWordIsRefusedWithSfsCode() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> courier("wrong").order(
                new Consignment("SD1-1-00", SENDER, RECIPIENT, "ukey")));
        assertEquals("shipping.courier.refused", refused.messageKey());
        assertEquals(List.of("A1006", "数字签名无效"), List.of(refused.arguments()));
    }

    @Test
    void aServiceRefusalCarriesItsCodeAndWords() {
        sf.refuse("EXP_RECE_CREATE_ORDER", "8016", "重复下单");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> courier(FakeSfExpress.CHECK_WORD).order(
                new Consignment("SD1-1-00", SENDER, RECIPIENT, "ukey")));
        assertEquals(List.of("8016", "重复下单"), List.of(refused.arguments()));
    }

    @Test
    void routesAreReadInBeijingTimeAndTheirEndsRecognised() {
        sf.route("SF4440000000001", "2026-12-04 10:00:00", "50", "顺丰速运 已收取快件")
                .route("SF4440000000001", "2026-12-05 09:30:00", "80", "已签收，感谢使用顺丰");
        List<RouteEvent.Reported> route = courier(FakeSfExpress.CHECK_WORD).routes(new Waybill("SF4440000000001"));
        assertEquals(2, route.size());
        assertEquals(Instant.parse("2026-12-04T02:00:00Z"), route.get(0).at());
        assertEquals(RouteProgress.MOVING, route.get(0).progress());
        assertEquals(RouteProgress.DELIVERED, route.get(1).progress());
        assertEquals("肇庆市", route.get(1).place());
        assertEquals("EXP_RECE_SEARCH_ROUTES", sf.received().get(0).get("serviceCode"));
    }

    @Test
    void anUnreachablePlatformSaysSo() {
        sf.close();
        assertEquals("shipping.courier.unreachable", assertThrows(RuleViolation.class,
                () -> courier(FakeSfExpress.CHECK_WORD).routes(new Waybill("SF4440000000001"))).messageKey());
    }
}
