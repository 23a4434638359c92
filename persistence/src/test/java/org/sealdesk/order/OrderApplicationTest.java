package org.sealdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Validation;
import org.sealdesk.document.DocumentRole;

class OrderApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final SealApplication ENTERPRISE = new SealApplication("肇庆市鼎盛建设工程有限公司", "9144030071526726XG",
            "肇庆市端州区天宁北路 1 号", "王小明", "cipher", "440103********1095", "13800138000");
    private static final SealApplication PERSON_ONLY = new SealApplication(null, null, null, "王小明", "cipher",
            "440103********1095", "13800138000");
    private static final MailingAddress MAILING = MailingAddress.of("李四", "13900139000", "广东省", "肇庆市", "端州区",
            "天宁北路 1 号");

    private static SealOrder draft(OrderKind kind) {
        return SealOrder.draft(kind, 7L, OrderNumber.next(LocalDate.of(2026, 11, 21)), NOW);
    }

    @Test
    void anEnterpriseOrderNeedsItsUnitTheLicenceAndTheForm() {
        SealOrder order = draft(OrderKind.NEW_ENTERPRISE_SEAL);
        assertEquals(List.of("order.missing.application", "order.missing.years", "order.missing.documents",
                "order.missing.mailing"), order.missingForSubmission(EnumSet.noneOf(DocumentRole.class)));
        order.describe(PERSON_ONLY);
        order.chooseValidity(2);
        order.mailTo(MAILING);
        assertEquals(List.of("order.missing.application", "order.missing.documents"),
                order.missingForSubmission(EnumSet.of(DocumentRole.IMPRESSION_FORM)));
        order.describe(ENTERPRISE);
        assertTrue(order.missingForSubmission(EnumSet.of(DocumentRole.BUSINESS_LICENCE, DocumentRole.IMPRESSION_FORM)).isEmpty());
    }

    @Test
    void aPersonalOrderNeedsBothSidesOfTheIdCard() {
        SealOrder order = draft(OrderKind.NEW_PERSONAL_SEAL);
        order.describe(PERSON_ONLY);
        order.chooseValidity(1);
        order.mailTo(MAILING);
        assertEquals(List.of("order.missing.documents"),
                order.missingForSubmission(EnumSet.of(DocumentRole.ID_CARD_FRONT, DocumentRole.IMPRESSION_FORM)));
        assertTrue(order.missingForSubmission(EnumSet.of(DocumentRole.ID_CARD_FRONT, DocumentRole.ID_CARD_BACK,
                DocumentRole.IMPRESSION_FORM)).isEmpty());
    }

    @Test
    void aMailingAddressNamesEveryFieldThatFailsAtOnce() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> MailingAddress.of("李四", "1390013", "", "肇庆市", " ", "天宁北路 1 号"));
        assertEquals(List.of("mobile:validation.mobile.invalid", "province:validation.province.required",
                "district:validation.district.required"),
                refused.each().stream().map(each -> each.field() + ":" + each.messageKey()).toList());
        Validation checks = new Validation();
        MailingAddress partial = MailingAddress.checked(checks, "李四", "1390013", "广东省", "肇庆市", "端州区", "");
        assertEquals("李四", partial.getRecipient());
        assertEquals(null, partial.getMobile());
        assertTrue(checks.failed("mobile") && checks.failed("street") && !checks.failed("recipient"));
        RuleViolation one = assertThrows(RuleViolation.class,
                () -> MailingAddress.of("李四", "13900139000", "广东省", "肇庆市", "端州区", ""));
        assertEquals("street", one.field(), "a single refusal names its field too");
    }

    @Test
    void nothingChangesOnceSubmittedUntilARejection() {
        SealOrder order = draft(OrderKind.NEW_PERSONAL_SEAL);
        order.submit(1, Money.ofFen(30000), NOW);
        RuleViolation locked = assertThrows(RuleViolation.class, () -> order.mailTo(MAILING));
        assertEquals("order.notEditable", locked.messageKey());
        order.acceptPayment("SD2026112100000001P01", NOW);
        order.reject("reviewer1", "身份证反面不清晰", NOW);
        order.mailTo(MAILING);
        assertEquals("广东省肇庆市端州区天宁北路 1 号", order.getMailing().oneLine());
    }

    @Test
    void anEnterpriseSubmissionAsksForBothSealsUnderOneAmount() {
        SealOrder order = draft(OrderKind.NEW_ENTERPRISE_SEAL);
        order.describe(ENTERPRISE);
        order.submit(2, Money.ofFen(110000), NOW);
        assertEquals(List.of(SealType.ENTERPRISE, SealType.LEGAL_REPRESENTATIVE_SIGNATURE),
                order.getSeals().stream().map(SealRequest::getType).toList());
        assertEquals("肇庆市鼎盛建设工程有限公司", order.getSeals().get(0).getHolderName());
        assertEquals("王小明", order.getSeals().get(1).getHolderName());
        assertEquals(Money.ofFen(110000), order.getAmount());

        SealOrder personal = draft(OrderKind.NEW_PERSONAL_SEAL);
        personal.describe(PERSON_ONLY);
        personal.submit(1, Money.ofFen(30000), NOW);
        assertEquals(List.of(SealType.PERSONAL_SIGNATURE), personal.getSeals().stream().map(SealRequest::getType).toList());
    }

    @Test
    void aCorrectedNameIsTheNameOnTheSealWhenResubmitted() {
        SealOrder order = draft(OrderKind.NEW_ENTERPRISE_SEAL);
        order.describe(ENTERPRISE);
        order.submit(1, Money.ofFen(30000), NOW);
        order.acceptPayment("SD2026112100000001P01", NOW);
        order.reject("reviewer1", "单位名称与营业执照不符", NOW);
        order.describe(new SealApplication("肇庆市鼎盛建筑工程有限公司", "9144030071526726XG", "肇庆市端州区天宁北路 1 号",
                "王小明", "cipher", "440103********1095", "13800138000"));
        order.resubmit(NOW);
        assertEquals("肇庆市鼎盛建筑工程有限公司", order.getSeals().get(0).getHolderName());
    }

    @Test
    void pricesComeFromTheTableOnly() {
        List<PriceRule> table = List.of(new PriceRule(OrderKind.NEW_PERSONAL_SEAL, 1, Money.ofFen(30000)),
                new PriceRule(OrderKind.NEW_PERSONAL_SEAL, 2, Money.ofFen(55000)));
        assertEquals(Money.ofFen(55000), PriceRule.amountFor(table, 2));
        RuleViolation missing = assertThrows(RuleViolation.class, () -> PriceRule.amountFor(table, 5));
        assertEquals("order.years.unavailable", missing.messageKey());
    }

    @Test
    void aPriceLineHoldsYearsAndAnAmountWithinBounds() {
        PriceRule line = new PriceRule(OrderKind.NEW_PERSONAL_SEAL, 7, Money.ofFen(88800));
        line.reprice(Money.ofFen(99900));
        assertEquals(Money.ofFen(99900), line.getAmount());
        assertEquals("price.amount.range", assertThrows(RuleViolation.class, () -> line.reprice(Money.ZERO)).messageKey());
        assertEquals("price.amount.range", assertThrows(RuleViolation.class,
                () -> line.reprice(Money.ofFen(PriceRule.MAX_AMOUNT.fen() + 1))).messageKey());
        assertEquals(Money.ofFen(99900), line.getAmount(), "a refused amount changes nothing");
        assertEquals("price.years.range", assertThrows(RuleViolation.class,
                () -> new PriceRule(OrderKind.NEW_PERSONAL_SEAL, 11, Money.ofFen(100))).messageKey());
        assertEquals("price.kind.required", assertThrows(RuleViolation.class,
                () -> new PriceRule(null, 1, Money.ofFen(100))).messageKey());
        assertEquals("price.kind.free", assertThrows(RuleViolation.class,
                () -> new PriceRule(OrderKind.CANCELLATION, 1, Money.ofFen(100))).messageKey());
    }
}
