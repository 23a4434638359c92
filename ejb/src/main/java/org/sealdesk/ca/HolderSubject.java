package org.sealdesk.ca;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.sealdesk.order.SealType;

/**
 * Whom a seal's certificate names, from the order (never from the request): a unit's seal CN and O = the unit,
 * C=CN, and its unified social credit code in the GM/T 0015 organisation-code extension; a person's seal CN = the
 * person, O = their unit if any, C=CN, and serialNumber = a keyed hash of the ID number (which is sensitive personal
 * data and never appears in clear).
 *
 * @param unitCode the credit code for the unit's certificate, else null
 */
record HolderSubject(X500Name name, String unitCode) {

    /** Hex characters of the keyed ID hash kept in serialNumber: 160 bits. */
    static final int ID_HASH_LENGTH = 40;

    /**
     * @param unit the unit's name, or null for a person without one
     * @param creditCode the unit's code, for its seal
     * @param idHash a keyed hash of a person's ID number (hex, at least {@link #ID_HASH_LENGTH}), for their seals
     */
    static HolderSubject of(SealType type, String holderName, String unit, String creditCode, String idHash) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN");
        if (unit != null && !unit.isBlank()) {
            name.addRDN(BCStyle.O, unit);
        }
        name.addRDN(BCStyle.CN, holderName);
        if (type == SealType.ENTERPRISE) {
            return new HolderSubject(name.build(), creditCode);
        }
        name.addRDN(BCStyle.SERIALNUMBER, idHash.substring(0, ID_HASH_LENGTH));
        return new HolderSubject(name.build(), null);
    }
}
