package org.sealdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealdesk.account.Account;
import org.sealdesk.account.IdentityCheck;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.OrderNumber;
import org.sealdesk.order.SealApplication;
import org.sealdesk.order.SealOrder;

class ReviewHintsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private static ReviewCase.Hint nameHint(String applicantName, String legalRep) {
        Account applicant = Account.register(new MobileNumber("13800138000"), "x", NOW);
        applicant.verifyIdentity(applicantName, "cipher", "440103********1095", IdentityCheck.CHECKSUM_ONLY, null, NOW);
        SealOrder order = SealOrder.draft(OrderKind.NEW_ENTERPRISE_SEAL, 7L, OrderNumber.next(LocalDate.of(2026, 12, 3)),
                NOW);
        order.describe(new SealApplication("肇庆市鼎盛建设工程有限公司", "9144030071526726XG", "肇庆市端州区天宁北路 1 号",
                legalRep, "cipher", "440103********1095", "13800138000"));
        List<ReviewCase.Hint> hints = ReviewService.hints(order, applicant, null, null);
        return hints.stream().filter(hint -> hint.messageKey().startsWith("review.hint.name.")).findFirst().orElseThrow();
    }

    @Test
    void anAgentIsAskedForTheAuthorisationTheLegalRepresentativeIsNot() {
        assertEquals("review.hint.name.agent", nameHint("李四", "王小明").messageKey());
        assertEquals(List.of("王小明", "李四"), nameHint("李四", "王小明").arguments());
        assertEquals("review.hint.name.legalRepApplies", nameHint("王小明", "王小明").messageKey());
    }
}
