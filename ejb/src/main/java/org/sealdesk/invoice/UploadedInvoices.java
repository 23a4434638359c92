package org.sealdesk.invoice;

/** No invoicing provider: finance issues each invoice on the tax platform and uploads its PDF or OFD here. */
public class UploadedInvoices implements Invoicing {

    @Override
    public boolean issues() {
        return false;
    }

    @Override
    public Issued issue(InvoiceDraft draft) {
        throw new IllegalStateException("no invoicing provider: finance uploads the tax platform's invoice");
    }

    @Override
    public String describe() {
        return "none (finance uploads the PDF or OFD the tax platform issued)";
    }
}
