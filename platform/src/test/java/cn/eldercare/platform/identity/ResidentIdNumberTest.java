package cn.eldercare.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    /** The worked example printed in GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void parsesTheExampleFromTheStandard() {
        ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
        assertEquals(STANDARD_EXAMPLE, id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
        assertEquals("11", id.provinceCode());
    }

    @Test
    void oddSeventeenthDigitIsMale() {
        assertEquals(Gender.MALE, ResidentIdNumber.parse(ResidentIdNumbers.man()).gender());
        assertEquals(Gender.FEMALE, ResidentIdNumber.parse(ResidentIdNumbers.woman()).gender());
    }

    @Test
    void normalisesLowerCaseXAndSurroundingBlanks() {
        ResidentIdNumber id = ResidentIdNumber.parse(" 11010519491231002x ");
        assertEquals(STANDARD_EXAMPLE, id.value());
        assertEquals(ResidentIdNumber.parse(STANDARD_EXAMPLE), id);
    }

    @Test
    void masksAndNeverPrintsTheWholeNumber() {
        String number = ResidentIdNumbers.generate("410102", LocalDate.of(1980, 1, 1), 123);
        ResidentIdNumber id = ResidentIdNumber.parse(number);
        assertEquals("410102********" + number.substring(14), id.masked());
        assertEquals(id.masked(), id.toString());
        assertFalse(String.valueOf(id).contains(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002X1", "1101051949123100XX",
            "11010519491231002Y", "1101051949123100２X", "110105 19491231002X"})
    void rejectsWrongShape(String text) {
        assertInvalid(text);
    }

    @Test
    void rejectsNull() {
        assertFalse(ResidentIdNumber.isValid(null));
        assertThrows(InvalidIdentifierException.class, () -> ResidentIdNumber.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "160000", "240000", "380000", "470000", "550000", "660000",
            "700000", "720000", "800000", "830000", "990000"})
    void rejectsUnknownProvinces(String region) {
        assertInvalid(ResidentIdNumbers.generate(region, LocalDate.of(1980, 1, 1), 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "150000", "210000", "230000", "310000", "370000", "410000",
            "460000", "500000", "540000", "610000", "650000", "710000", "810000", "820000"})
    void acceptsEveryProvinceRangeBoundary(String region) {
        String number = ResidentIdNumbers.generate(region, LocalDate.of(1980, 1, 1), 1);
        assertEquals(region.substring(0, 2), ResidentIdNumber.parse(number).provinceCode());
    }

    @Test
    void birthDateMustBeARealDate() {
        String notLeap = "410102" + "20230229" + "001";
        assertInvalid(notLeap + ResidentIdNumber.checkCharacter(notLeap));
        String month13 = "410102" + "19801301" + "001";
        assertInvalid(month13 + ResidentIdNumber.checkCharacter(month13));
        assertTrue(ResidentIdNumber.isValid(ResidentIdNumbers.generate("410102", LocalDate.of(2024, 2, 29), 1)));
    }

    @Test
    void birthDateFrom1900UntilToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(ResidentIdNumber.isValid(ResidentIdNumbers.generate("410102", LocalDate.of(1900, 1, 1), 1)));
        assertTrue(ResidentIdNumber.isValid(ResidentIdNumbers.generate("410102", today, 1)));
        assertInvalid(ResidentIdNumbers.generate("410102", LocalDate.of(1899, 12, 31), 1));
        assertInvalid(ResidentIdNumbers.generate("410102", today.plusDays(1), 1));
        // The second example of GB 11643 has a correct check digit but an 1880 birth date.
        assertInvalid("440524188001010014");
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertInvalid("110105194912310021");
        assertInvalid("110105194912310020");
    }

    @Test
    void detectsEverySingleDigitTypo() {
        String valid = ResidentIdNumbers.generate("410102", LocalDate.of(1975, 6, 15), 357);
        for (int i = 0; i < 17; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertFalse(ResidentIdNumber.isValid(typo), () -> "typo not detected at " + typo);
                }
            }
        }
    }

    @Test
    void reasonIsBilingualAndNeverContainsTheNumber() {
        String typo = STANDARD_EXAMPLE.substring(0, 17) + "1";
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> ResidentIdNumber.parse(typo));
        assertTrue(e.reason().zh().contains("校验位"));
        assertTrue(e.reason().en().contains("check character"));
        assertFalse(e.reason().zh().contains(typo) || e.reason().en().contains(typo));
        assertFalse(e.getMessage().contains(typo));
    }

    private static void assertInvalid(String text) {
        assertFalse(ResidentIdNumber.isValid(text));
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> ResidentIdNumber.parse(text));
        assertFalse(e.reason().zh().isBlank() || e.reason().en().isBlank());
        if (!text.isEmpty()) {
            assertFalse(e.getMessage().contains(text.strip()));
        }
    }
}
