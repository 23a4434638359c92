package org.sealdesk.order;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the first wizard step submits: the unit (enterprise orders) and the legal representative. */
public record ApplicationDetails(String unitName, String creditCode, String unitAddress, String legalRepName,
        String legalRepIdNumber, String legalRepMobile) implements Serializable {

    /** The inputs by the form's field ids, as refusals name them. */
    Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unitName", unitName);
        fields.put("creditCode", creditCode);
        fields.put("unitAddress", unitAddress);
        fields.put("realName", legalRepName);
        fields.put("idNumber", legalRepIdNumber);
        fields.put("mobile", legalRepMobile);
        return fields;
    }
}
