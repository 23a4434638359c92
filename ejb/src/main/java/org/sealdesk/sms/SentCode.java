package org.sealdesk.sms;

import java.time.Instant;

/** A code on its way: to which number (masked), until when it can be used, and when the next one may be asked for. */
public record SentCode(String maskedMobile, Instant expiresAt, Instant resendAllowedAt) {
}
