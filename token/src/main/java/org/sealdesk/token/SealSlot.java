package org.sealdesk.token;

import java.util.Arrays;

/**
 * Where a seal lives on a ukey: an enterprise's ukey carries the unit's seal and the legal representative's
 * signature seal, a person's ukey the personal seal. Each slot has its own key pair, certificate and seal.
 */
public enum SealSlot {
    UNIT("unit", 1),
    LEGAL_REP("legal-rep", 2),
    PERSONAL("personal", 3);

    private final String pathName;
    private final byte code;

    SealSlot(String pathName, int code) {
        this.pathName = pathName;
        this.code = (byte) code;
    }

    /** As the connector's API names it: unit, legal-rep, personal. */
    public String pathName() {
        return pathName;
    }

    /** The first byte of the slot's objects' CKA_ID on a PKCS#11 token. */
    byte code() {
        return code;
    }

    /** @throws IllegalArgumentException for a name no slot has */
    public static SealSlot ofPathName(String name) {
        return Arrays.stream(values()).filter(slot -> slot.pathName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seal slot " + name));
    }
}
