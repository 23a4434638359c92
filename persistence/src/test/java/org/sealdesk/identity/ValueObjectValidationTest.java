package org.sealdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sealdesk.common.RuleViolation;

class ValueObjectValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "15912345678", "19999999999", "16600000001"})
    void acceptsMainlandMobileNumbers(String number) {
        assertTrue(MobileNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "+8613800138000", "1380013800a"})
    void refusesOtherMobileNumbers(String number) {
        assertFalse(MobileNumber.isValid(number));
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> new MobileNumber(number));
        assertEquals("validation.mobile.invalid", refusal.messageKey());
    }

    @Test
    void anEmptyValueIsAskedForRatherThanCalledWrong() {
        for (String empty : new String[] {null, "", "  "}) {
            assertEquals("validation.mobile.required", assertThrows(RuleViolation.class, () -> new MobileNumber(empty)).messageKey());
            assertEquals("validation.idCard.required", assertThrows(RuleViolation.class, () -> new IdCardNumber(empty)).messageKey());
            assertEquals("validation.personName.required", assertThrows(RuleViolation.class, () -> new PersonName(empty)).messageKey());
            assertEquals("validation.creditCode.required", assertThrows(RuleViolation.class, () -> new CreditCode(empty)).messageKey());
        }
    }

    @Test
    void masksMobileNumbers() {
        assertEquals("138****8000", new MobileNumber("13800138000").masked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", // the example in GB 11643 itself
            "440308199901101512",
            "11010119900307803X"})
    void acceptsIdCardNumbersWithTheirCheckDigit(String number) {
        assertTrue(IdCardNumber.isValid(number), number);
    }

    @Test
    void acceptsLowerCaseXAndReadsTheBirthDate() {
        IdCardNumber number = new IdCardNumber("11010519491231002x");
        assertEquals("11010519491231002X", number.value());
        assertEquals(LocalDate.of(1949, 12, 31), number.birthDate());
        assertEquals("110105********002X", number.masked());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // wrong check digit
            "11010519491331002X", // month 13
            "11010519490230002X", // 30 February
            "11010521491231002X", // born in the future
            "01010519491231002X", // region cannot start with 0
            "1101051949123100",   // too short
            "11010519491231002Y"})
    void refusesBadIdCardNumbers(String number) {
        assertFalse(IdCardNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG", "91110000802100433B", "91440300MA5ELPB95W"})
    void acceptsCreditCodesWithTheirCheckCharacter(String code) {
        assertEquals(code.charAt(17), CreditCode.checkCharacter(code), code);
        assertTrue(CreditCode.isValid(code.toLowerCase()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100I43", "91350100M00010Y43", "9135010OM000100Y43"})
    void refusesBadCreditCodes(String code) {
        assertFalse(CreditCode.isValid(code), code);
    }
}
