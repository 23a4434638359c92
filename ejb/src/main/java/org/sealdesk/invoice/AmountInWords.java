package org.sealdesk.invoice;

import org.sealdesk.common.Money;

/**
 * An amount in Chinese capitals (大写) as invoices and cheques write it: 壹仟零伍元整, 壹拾万零壹拾元整, 壹元零伍分.
 * One 零 stands for any run of zeros between non-zero digits (also across 万 and 亿); 整 follows whole yuan; a
 * missing 角 before 分 is written 零 when there are yuan.
 */
public final class AmountInWords {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private AmountInWords() {
    }

    public static String of(Money amount) {
        long fen = amount.fen();
        if (fen < 0) {
            throw new IllegalArgumentException("no capitals for a negative amount: " + amount);
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            words.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return (yuan == 0 ? "零元" : words.toString()) + "整";
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            words.append('零');
        }
        if (cents > 0) {
            words.append(DIGITS.charAt(cents)).append('分');
        }
        return words.toString();
    }

    /** A positive whole number: groups of four digits, each with its 万/亿, one 零 for each run of zeros inside. */
    private static String integer(long number) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        String digits = Long.toString(number);
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int digit = digits.charAt(i) - '0';
            int position = length - 1 - i;
            if (digit == 0) {
                zeroPending = true;
            } else {
                if (zeroPending && words.length() > 0) {
                    words.append('零');
                }
                zeroPending = false;
                words.append(DIGITS.charAt(digit)).append(IN_GROUP[position % 4]);
            }
            if (position % 4 == 0 && position > 0 && groupHasDigits(digits, i)) {
                words.append(GROUPS[position / 4]);
            }
        }
        return words.toString();
    }

    /** Whether the group of four that ends at index {@code end} holds a non-zero digit. */
    private static boolean groupHasDigits(String digits, int end) {
        for (int i = Math.max(0, end - 3); i <= end; i++) {
            if (digits.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }
}
