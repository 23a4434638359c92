package org.sealdesk.invoice;

/** Where an invoice request stands. */
public enum InvoiceStatus {
    /** Asked for; the applicant may still correct it. */
    REQUESTED,
    /** Issued: its number, date, tax and file are fixed. */
    ISSUED
}
