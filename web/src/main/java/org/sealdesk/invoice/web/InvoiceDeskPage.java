package org.sealdesk.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.invoice.InvoiceDesk;
import org.sealdesk.invoice.InvoiceQueueRow;
import org.sealdesk.web.Feedback;

/** 发票管理: requests oldest first; each issued through the provider, or by uploading the tax platform's file. */
@Named
@ViewScoped
public class InvoiceDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceDesk desk;

    private List<InvoiceQueueRow> requests;
    private String uploading;
    private String invoiceNumber;
    private transient UploadedFile file;

    /** viewAction */
    public void load() {
        requests = desk.queue();
    }

    public boolean isProviderIssues() {
        return desk.providerIssues();
    }

    public void issue(String number) {
        try {
            Feedback.info(null, "invoice.issuedFor", number, desk.issue(number));
            load();
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    /** Opens the upload dialog for one request. */
    public void startUpload(String number) {
        uploading = number;
        invoiceNumber = null;
    }

    public void upload() {
        try {
            desk.upload(uploading, invoiceNumber, file == null ? null : file.getContent());
            Feedback.info(null, "invoice.uploaded", uploading, invoiceNumber.strip());
            PrimeFaces.current().ajax().addCallbackParam("uploaded", true);
            load();
        } catch (RuleViolation refused) {
            Feedback.reject("uploadForm", refused);
        }
    }

    public List<InvoiceQueueRow> getRequests() {
        return requests;
    }

    public String getUploading() {
        return uploading;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
