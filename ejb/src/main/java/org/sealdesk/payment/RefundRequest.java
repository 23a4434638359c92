package org.sealdesk.payment;

import org.sealdesk.common.Money;

public record RefundRequest(String outTradeNo, String outRefundNo, Money refund, Money total, String reason) {
}
