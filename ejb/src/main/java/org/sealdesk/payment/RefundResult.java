package org.sealdesk.payment;

public record RefundResult(String refundId, RefundStatus status) {
}
