package org.sealdesk.common;

/** An amount of renminbi in fen (分). Never a floating-point number. */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("A negative amount: " + fen);
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** 1234.50, for exports */
    public String yuan() {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    /** ¥1,234.50 */
    public String display() {
        return String.format("¥%,d.%02d", fen / 100, fen % 100);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return display();
    }
}
