package org.sealdesk.invoice;

/** An issued invoice's file, with its type and the name to save it under. */
public record InvoiceFile(byte[] content, String contentType, String fileName) {
}
