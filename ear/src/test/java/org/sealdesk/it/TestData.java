package org.sealdesk.it;

import java.security.SecureRandom;

/** Fresh applicants for each test, so tests never share a number's SMS limits. */
final class TestData {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PASSWORD = "Seal2026desk";

    private TestData() {
    }

    static String newMobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A valid GB 11643 number: region 440103 (Guangzhou), a random birth date and sequence, its check digit. */
    static String newIdCardNumber() {
        String body = "440103" + (1960 + RANDOM.nextInt(40)) + String.format("%02d%02d", 1 + RANDOM.nextInt(12),
                1 + RANDOM.nextInt(28)) + String.format("%03d", RANDOM.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
