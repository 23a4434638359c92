package org.sealdesk.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;

class EntryLinkTest {

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void typeAndSealSortNameTheOrderKind() {
        assertEquals(OrderKind.NEW_ENTERPRISE_SEAL, EntryLink.parse("0", "k", "1").orderKind());
        assertEquals(OrderKind.NEW_PERSONAL_SEAL, EntryLink.parse("1", "k", "1").orderKind());
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse("2", "k", "1")));
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse("0", "k", "2")));
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse("x", "k", "1")));
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse(null, "k", "1")));
    }

    @Test
    void aPartnerAdmitsOnlyWhatItMayAndOnlyWhileEnabled() {
        PartnerApp personalOnly = new PartnerApp("P", "k", "c", Set.of(EntryLink.PERSONAL), Set.of(1), true);
        assertEquals(OrderKind.NEW_PERSONAL_SEAL, personalOnly.admit(EntryLink.parse("1", "k", "1")));
        assertEquals("partner.notAllowed", refusal(() -> personalOnly.admit(EntryLink.parse("0", "k", "1"))));
        PartnerApp disabled = new PartnerApp("D", "k", "c", Set.of(0, 1), Set.of(1), false);
        assertEquals("partner.disabled", refusal(() -> disabled.admit(EntryLink.parse("0", "k", "1"))));
    }
}
