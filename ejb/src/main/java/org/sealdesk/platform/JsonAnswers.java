package org.sealdesk.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.sealdesk.common.RuleViolation;

/** Reading the JSON answers of outside providers (SMS, ID checks, couriers, invoicing), which vary in their types. */
public final class JsonAnswers {

    private JsonAnswers() {
    }

    /** A field written as a string or, in some answers, as a number; "" where absent (or the object is). */
    public static String text(JsonObject object, String field) {
        JsonValue value = object == null ? null : object.get(field);
        return value == null || value == JsonValue.NULL ? ""
                : value instanceof JsonString string ? string.getString() : value.toString();
    }

    /**
     * The answer as a JSON object.
     *
     * @throws RuleViolation {@code refusal} with "-" and what was wrong when it is none
     */
    public static JsonObject object(String body, String refusal) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleViolation(refusal, "-", "not JSON: " + e.getMessage());
        }
    }
}
