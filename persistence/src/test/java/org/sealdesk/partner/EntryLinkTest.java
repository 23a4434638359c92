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
        assertEquals(OrderKind.ENTERPRISE_UKEY_REPLACEMENT, EntryLink.parse("0", "k", "2").orderKind());
        assertEquals(OrderKind.PERSONAL_UKEY_REPLACEMENT, EntryLink.parse("1", "k", "2").orderKind());
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse("0", "k", "3")));
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse("x", "k", "1")));
        assertEquals("partner.badLink", refusal(() -> EntryLink.parse(null, "k", "1")));
    }

    @Test
    void aPartnerAdmitsOnlyWhatItMayAndOnlyWhileEnabled() {
        PartnerApp personalOnly = new PartnerApp("个人平台", "k", "c", Set.of(EntryLink.PERSONAL), Set.of(1), true);
        assertEquals(OrderKind.NEW_PERSONAL_SEAL, personalOnly.admit(EntryLink.parse("1", "k", "1")));
        assertEquals("partner.notAllowed", refusal(() -> personalOnly.admit(EntryLink.parse("0", "k", "1"))));
        PartnerApp disabled = new PartnerApp("停用平台", "k", "c", Set.of(0, 1), Set.of(1), false);
        assertEquals("partner.disabled", refusal(() -> disabled.admit(EntryLink.parse("0", "k", "1"))));
    }

    @Test
    void anAdministratorChangesWhatAPartnerMaySendAndDisablesIt() {
        PartnerApp partner = new PartnerApp("合作平台", "k", "c", Set.of(EntryLink.ENTERPRISE), Set.of(1), true);
        partner.describe(" 新名称 ", Set.of(EntryLink.ENTERPRISE, EntryLink.PERSONAL), Set.of(1));
        assertEquals("新名称", partner.getName());
        assertEquals(OrderKind.NEW_PERSONAL_SEAL, partner.admit(EntryLink.parse("1", "k", "1")));
        partner.disable();
        assertEquals("partner.disabled", refusal(() -> partner.admit(EntryLink.parse("1", "k", "1"))));
        partner.enable();
        assertEquals(OrderKind.NEW_ENTERPRISE_SEAL, partner.admit(EntryLink.parse("0", "k", "1")));
        partner.describe("新名称", Set.of(EntryLink.ENTERPRISE, EntryLink.PERSONAL), EntryLink.SEAL_SORTS);
        assertEquals(OrderKind.PERSONAL_UKEY_REPLACEMENT, partner.admit(EntryLink.parse("1", "k", "2")));

        assertEquals("partner.name.invalid", refusal(() -> partner.describe("A", Set.of(0), Set.of(1))));
        assertEquals("partner.types.required", refusal(() -> partner.describe("合作平台", Set.of(), Set.of(1))));
        assertEquals("partner.types.required", refusal(() -> partner.describe("合作平台", Set.of(7), Set.of(1))));
        assertEquals("partner.sealSorts.required", refusal(() -> partner.describe("合作平台", Set.of(0), Set.of(3))));
        assertEquals("新名称", partner.getName(), "a refused change leaves the partner as it was");
    }
}
