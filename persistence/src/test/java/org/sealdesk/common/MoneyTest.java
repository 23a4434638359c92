package org.sealdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndDisplaysFenExactly() {
        assertEquals("¥1,100.05", Money.ofFen(60000).plus(Money.ofFen(50005)).display());
        assertEquals("¥0.00", Money.ZERO.display());
    }

    @Test
    void refusesNegativeAmountsAndOverflow() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofFen(-1));
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
    }
}
