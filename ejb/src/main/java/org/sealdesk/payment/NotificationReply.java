package org.sealdesk.payment;

/** An HTTP answer to a gateway's notification, in the gateway's own format; no body where none is expected. */
public record NotificationReply(int status, String contentType, String body) {
}
