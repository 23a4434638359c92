package org.sealdesk.invoice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.sealdesk.ca.PlatformPdfSigner;
import org.sealdesk.common.ServiceZone;

/**
 * The built-in invoicing of demo mode: SealDesk draws the invoice itself ({@link SampleInvoicePdf}), numbers it
 * {@code DEMO<date><8 digits>} and signs it as the seller (PAdES, the platform's seal visible). Marked as a sample:
 * it is no tax invoice, and the server refuses this provider outside demo mode.
 */
public class SampleInvoicing implements Invoicing {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ServiceZone.ZONE);

    private final SampleInvoicePdf pdf;
    private final PlatformPdfSigner signer;
    private final Clock clock;

    public SampleInvoicing(SampleInvoicePdf pdf, PlatformPdfSigner signer, Clock clock) {
        this.pdf = pdf;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public boolean issues() {
        return true;
    }

    @Override
    public Issued issue(InvoiceDraft draft) {
        Instant now = clock.instant();
        String number = "DEMO" + DAY.format(now) + String.format("%08d", RANDOM.nextInt(100_000_000));
        byte[] signed = signer.sign(pdf.render(draft, number, now), draft.seller().name(),
                (draft.isRed() ? "红字电子发票（样票）" : "电子发票（样票）") + number, SampleInvoicePdf.SEAL);
        return new Issued(number, now, signed, "application/pdf");
    }

    @Override
    public String describe() {
        return "built-in sample invoices (demo only: PDFs signed with the platform's seal, marked as no tax invoice)";
    }
}
