package org.sealdesk.sms;

import java.time.Duration;

/** The limits on SMS codes; values come from configuration. */
public record SmsLimits(Duration validity, Duration resendInterval, int maxTries, int maxPerHour, int maxPerDay,
        int maxPerIpPerHour) {
}
