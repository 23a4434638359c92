package org.sealdesk.invoice;

/** Whom an invoice is made out to (抬头类型). */
public enum BuyerType {
    /** A unit: its name and unified social credit code as the taxpayer number. */
    UNIT,
    PERSON
}
