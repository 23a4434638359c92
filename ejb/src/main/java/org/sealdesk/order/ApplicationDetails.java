package org.sealdesk.order;

import java.io.Serializable;

/** What the first wizard step submits: the unit (enterprise orders) and the legal representative. */
public record ApplicationDetails(String unitName, String creditCode, String unitAddress, String legalRepName,
        String legalRepIdNumber, String legalRepMobile) implements Serializable {
}
