package org.sealdesk.invoice;

import java.time.Instant;

/**
 * Issues invoices: the built-in sample (demo mode only: SealDesk draws and signs a PDF marked as no tax invoice), an
 * e-invoice provider's API, or none — finance uploads the file the tax platform issued.
 */
public interface Invoicing {

    /** The invoice as issued: its number and time, and the file (PDF or OFD). */
    record Issued(String number, Instant issuedAt, byte[] file, String contentType) {
    }

    /** Whether this provider issues invoices itself; otherwise finance uploads each one. */
    boolean issues();

    /**
     * Issues the draft: a blue invoice, or a red one where the draft names the blue invoice it reverses.
     *
     * @throws IllegalStateException when this provider does not issue ({@link #issues()} false)
     */
    Issued issue(InvoiceDraft draft);

    /** Shown in the start-up log. */
    String describe();
}
