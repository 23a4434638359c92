package org.sealdesk.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refusals of the JSON API, in JSON: {"error": code, "message": sentence}. */
public final class JsonAnswers {

    private JsonAnswers() {
    }

    public static String body(String code, String message) {
        return Json.createObjectBuilder().add("error", code).add("message", message).build().toString();
    }

    public static void send(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body(code, message));
    }
}
