package org.sealdesk.order;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the mailing step submits (收件人、手机号码、省市区、详细地址), unchecked. */
public record MailingDetails(String recipient, String mobile, String province, String city, String district,
        String street) implements Serializable {

    /** The inputs by the form's field ids, as refusals name them. */
    Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("recipient", recipient);
        fields.put("mobile", mobile);
        fields.put("province", province);
        fields.put("city", city);
        fields.put("district", district);
        fields.put("street", street);
        return fields;
    }
}
