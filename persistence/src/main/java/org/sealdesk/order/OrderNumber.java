package org.sealdesk.order;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.sealdesk.common.RuleViolation;

/** SD + the date it was made (yyyyMMdd) + 8 random digits: sortable by day, not guessable. */
public record OrderNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("SD\\d{16}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    public OrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("order.number.invalid");
        }
    }

    /** A number a page sent to find an order: one that no order can have is simply not found. */
    public static OrderNumber sought(String raw) {
        if (raw == null || !FORMAT.matcher(raw).matches()) {
            throw new RuleViolation("order.notFound");
        }
        return new OrderNumber(raw);
    }

    public static OrderNumber next(LocalDate today) {
        return new OrderNumber("SD" + DAY.format(today) + String.format("%08d", RANDOM.nextInt(100_000_000)));
    }

    @Override
    public String toString() {
        return value;
    }
}
