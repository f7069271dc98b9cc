package cn.eldercare.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedSocialCreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Published codes: Huawei Technologies Co., Ltd. (Shenzhen), Shenzhen Tencent Computer
     * Systems Co., Ltd., and the worked example of GB 32100-2015.
     */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91440300708461136T", "91350100M000100Y43"})
    void acceptsPublishedCodes(String code) {
        assertTrue(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    void exposesItsParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("914403001922038216");
        assertEquals('9', code.registrationAuthority());
        assertEquals('1', code.organisationType());
        assertEquals("440300", code.regionCode());
        assertEquals("914403001922038216", code.value());
    }

    @Test
    void computesCheckCharactersForBuiltCodes() {
        // A civil-affairs (5) registered social organisation (2) in Zhengzhou (410100).
        String first17 = "52410100MJ0000001";
        String code = first17 + checkCharacterByDefinition(first17);
        assertTrue(UnifiedSocialCreditCode.isValid(code));
        assertEquals('5', UnifiedSocialCreditCode.parse(code).registrationAuthority());
        assertEquals("410100", UnifiedSocialCreditCode.parse(code).regionCode());
    }

    @Test
    void normalisesLowerCaseAndBlanks() {
        assertEquals("91440300708461136T", UnifiedSocialCreditCode.parse(" 91440300708461136t ").value());
    }

    @Test
    void detectsEverySingleCharacterChange() {
        String valid = "91440300708461136T";
        for (int i = 0; i < valid.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertFalse(UnifiedSocialCreditCode.isValid(changed), changed);
                }
            }
        }
    }

    /** The code suggested in the task brief does not pass the check; kept here as a known-bad sample. */
    @Test
    void rejectsAWrongCheckCharacter() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> UnifiedSocialCreditCode.parse("91110000100000589B"));
        assertTrue(e.reason().zh().contains("校验位"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91440300708461136", "91440300708461136TT", "9144030070846113IT",
            "9144030070846113OT", "9144030070846113ZT", "9144030070846113ST", "9144030070846113VT",
            "91440300-08461136T"})
    void rejectsWrongLengthOrCharacters(String code) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> UnifiedSocialCreditCode.parse(code));
        assertTrue(e.reason().en().contains("18"));
    }

    @Test
    void rejectsNull() {
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }

    /** GB 32100-2015 §5: C18 = 31 − (Σ Ci·Wi mod 31), with 31 written as 0; Wi = 3^(i−1) mod 31. */
    private static char checkCharacterByDefinition(String first17) {
        int sum = 0;
        int weight = 1;
        for (char c : first17.toCharArray()) {
            sum += ALPHABET.indexOf(c) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
