package org.sealdesk.payment;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A message from a payment gateway as it arrived: its headers and body, untouched, so that each gateway reads its
 * own protocol (WeChat Pay signs with headers, Alipay with form fields in the body).
 *
 * @param headers the first value of each header, by lower-case name
 */
public record GatewayMessage(Map<String, String> headers, String body) {

    public GatewayMessage {
        headers = Map.copyOf(headers);
    }

    /** Header names are case-insensitive, as in HTTP. */
    public static GatewayMessage of(Map<String, String> headers, String body) {
        Map<String, String> byName = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (value != null) {
                byName.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            }
        });
        return new GatewayMessage(byName, body);
    }

    /** The header's first value, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
