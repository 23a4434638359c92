package org.sealdesk.review;

import java.time.Instant;
import java.util.List;
import org.sealdesk.order.OrderView;

/**
 * Everything a reviewer decides on: the order as submitted, the full ID number (the reviewer
 * compares it with the scan), the applicant's verified identity, SealDesk's consistency hints, and
 * the version the decision must still apply to; for a ukey replacement, the former certificate it stands on.
 */
public record ReviewCase(OrderView order, long version, String applicantMobile, String applicantRealName,
        String legalRepIdNumber, List<Hint> hints, boolean resubmitted, Former former) {

    /** ukey 更换: the former CA's certificate on the ukey the applicant proved they hold; null for other orders. */
    public record Former(String issuer, String serial, String subject, Instant notBefore, Instant notAfter) {
    }

    /** A consistency check: a message key, whether it passed, and its arguments. */
    public record Hint(String messageKey, boolean ok, List<String> arguments) {
    }
}
