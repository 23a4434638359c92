package org.sealdesk.web;

import java.io.Serializable;
import java.time.LocalDate;

/** The from/to dates a staff list is filtered by (either may be open), as the date-range fields edit them. */
public class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    public DateRange() {
    }

    /** A range open at its end, starting at {@code from}. */
    public static DateRange since(LocalDate from) {
        DateRange range = new DateRange();
        range.from = from;
        return range;
    }

    public void clear() {
        from = null;
        to = null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
