package org.sealdesk.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sealdesk.common.RuleViolation;

/**
 * Decides whether a code may be sent now. Refusals say why and when to try again, so a page can
 * show it; the numbers are counted over every purpose, because each send costs money and can
 * annoy the number's owner.
 */
public final class SmsSendPolicy {

    /** The refusal while the last code to a number is too recent; its argument is the seconds left. */
    public static final String COOLDOWN = "sms.refused.cooldown";

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final SmsLimits limits;

    public SmsSendPolicy(SmsLimits limits) {
        this.limits = limits;
    }

    /**
     * @param sentToNumber times codes were sent to this number in the last day, any order
     * @param sentFromIp times codes were requested from this address in the last hour, any order
     */
    public void check(Instant now, List<Instant> sentToNumber, List<Instant> sentFromIp) {
        Instant latest = sentToNumber.stream().max(Instant::compareTo).orElse(null);
        if (latest != null && latest.plus(limits.resendInterval()).isAfter(now)) {
            long seconds = Duration.between(now, latest.plus(limits.resendInterval())).toSeconds() + 1;
            throw new RuleViolation(COOLDOWN, seconds);
        }
        refuseOverLimit(now, sentToNumber, HOUR, limits.maxPerHour(), "sms.refused.hourly");
        refuseOverLimit(now, sentToNumber, DAY, limits.maxPerDay(), "sms.refused.daily");
        refuseOverLimit(now, sentFromIp, HOUR, limits.maxPerIpPerHour(), "sms.refused.ip");
    }

    private static void refuseOverLimit(Instant now, List<Instant> sends, Duration window, int limit,
            String messageKey) {
        List<Instant> inWindow = sends.stream().filter(t -> t.isAfter(now.minus(window))).sorted().toList();
        if (inWindow.size() >= limit) {
            // Allowed again when the oldest send that counts leaves the window.
            Instant retryAt = inWindow.get(inWindow.size() - limit).plus(window);
            throw new RuleViolation(messageKey, limit, retryAt);
        }
    }
}
