package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateNumbersTest {

    private static final String BODY = CertificateNumbers.body("4101", "41", "000001");

    @Test
    void skillLevelNumberHasTheNationalTwentyTwoCharacters() {
        String prefix = CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "S", BODY, 2026, 5);
        String number = CertificateNumbers.number(prefix, 123);
        assertEquals("S410141000001265000123", number);
        assertEquals(CertificateNumbers.LENGTH, number.length());
        assertEquals("Y", CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "Y", BODY, 2026, 3).substring(0, 1));
        assertEquals('3', CertificateNumbers.number(CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "Y", BODY, 2031, 3), 1).charAt(15));
        assertEquals("31", CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "Y", BODY, 2031, 3).substring(13, 15));
    }

    @Test
    void otherKindsKeepTheLayoutWithTheirOwnLetter() {
        assertEquals("X4101410000012640", CertificateNumbers.prefix(CertificateKind.ONE_PLUS_X, "S", BODY, 2026, 4) + "0");
        assertEquals("J410141000001260", CertificateNumbers.prefix(CertificateKind.COMPLETION, "S", BODY, 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.prefix(CertificateKind.QUALIFICATION, "S", BODY, 2026, 5));
    }

    @Test
    void malformedBaseCodesAndSequencesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "S", "41014100001", 2026, 5));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "Q", BODY, 2026, 5));
        String prefix = CertificateNumbers.prefix(CertificateKind.SKILL_LEVEL, "S", BODY, 2026, 5);
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.number(prefix, 0));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumbers.number(prefix, CertificateNumbers.MAX_SEQUENCE + 1));
        assertEquals(prefix + "999999", CertificateNumbers.number(prefix, CertificateNumbers.MAX_SEQUENCE));
    }

    @Test
    void typedNumbersAreNormalisedOrRejected() {
        assertEquals(Optional.of("S410141000001265000123"), CertificateNumbers.normalize(" s4101 4100 0001 2650 00123 "));
        assertEquals(Optional.empty(), CertificateNumbers.normalize("S41014100000126500012"));
        assertEquals(Optional.empty(), CertificateNumbers.normalize("Z410141000001265000123"));
        assertEquals(Optional.empty(), CertificateNumbers.normalize(null));
    }
}
