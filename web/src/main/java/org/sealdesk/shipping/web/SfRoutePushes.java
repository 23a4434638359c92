package org.sealdesk.shipping.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.shipping.ShipmentTracking;
import org.sealdesk.shipping.Waybill;

/**
 * {@code POST /couriers/sf/routes}: SF Express pushes route steps here ({@code {"Body":{"WaybillRoute":[{"mailno":
 * …, "opCode": …}]}}}). Pushes carry no signature, so only the waybill numbers are taken, as hints: each known parcel
 * still out is looked up with SF's route query ({@link ShipmentTracking}), at most once a minute. SF is answered
 * {@code return_code} 0000 whenever the push was readable, so it does not resend what was taken.
 */
@Path("sf/routes")
@RequestScoped
public class SfRoutePushes {

    /** Pushes list a few steps; anything far larger is not one. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_WAYBILLS = 20;

    @EJB
    ShipmentTracking tracking;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String receive(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return answer("1000", "推送过大");
        }
        Set<Waybill> waybills = new LinkedHashSet<>();
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonObject push = reader.readObject();
            JsonObject body = push.getJsonObject("Body");
            JsonArray routes = body == null ? null : body.getJsonArray("WaybillRoute");
            for (JsonValue route : routes == null ? JsonValue.EMPTY_JSON_ARRAY : routes) {
                if (waybills.size() < MAX_WAYBILLS && route instanceof JsonObject step) {
                    try {
                        waybills.add(new Waybill(step.getString("mailno", "")));
                    } catch (RuleViolation notOurs) {
                        // not a waybill at all: nothing to look up
                    }
                }
            }
        } catch (JsonException | ClassCastException unreadable) {
            return answer("1000", "无法解析的推送");
        }
        waybills.forEach(tracking::track);
        return answer("0000", "成功");
    }

    private static String answer(String code, String message) {
        return Json.createObjectBuilder().add("return_code", code).add("return_msg", message).build().toString();
    }
}
