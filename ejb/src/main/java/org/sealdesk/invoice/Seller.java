package org.sealdesk.invoice;

/** The platform as the invoices' seller (销售方). */
public record Seller(String name, String taxNumber, String addressPhone, String bankAccount) {
}
