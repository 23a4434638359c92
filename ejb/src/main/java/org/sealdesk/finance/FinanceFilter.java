package org.sealdesk.finance;

import java.io.Serializable;
import java.time.LocalDate;
import org.sealdesk.payment.PaymentStatus;

/** Payments created on these service-zone days (inclusive), in this status; empty fields do not filter. */
public record FinanceFilter(LocalDate from, LocalDate to, PaymentStatus status, String orderNumber)
        implements Serializable {
}
