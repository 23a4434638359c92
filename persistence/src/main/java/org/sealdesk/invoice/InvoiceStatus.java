package org.sealdesk.invoice;

/** Where an invoice stands. */
public enum InvoiceStatus {
    /** Asked for; the applicant may still correct it. */
    REQUESTED,
    /** The order was refunded before the invoice was issued: nothing to issue. */
    WITHDRAWN,
    /** Issued: its number, date, tax and file are fixed. */
    ISSUED,
    /** The order was refunded after the invoice was issued; finance uploads the red invoice the tax platform made. */
    REVERSAL_DUE,
    /** Cancelled by its red invoice (冲红). */
    REVERSED
}
