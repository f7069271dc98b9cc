package cn.eldercare.certs.certificate.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationCodesTest {

    @Test
    void codesAreTwentyCharactersOfCrockfordBase32AndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = VerificationCodes.next();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{20}"), code);
            assertTrue(seen.add(code));
        }
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUp() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            VerificationCodes.next().chars().forEach(c -> used.add((char) c));
        }
        assertEquals(32, used.size(), "all 32 symbols are drawn, so each carries 5 bits");
    }

    @Test
    void typedCodesAreReadLeniently() {
        String code = "7K3M9QF2XRTW4H8DPC6A";
        assertEquals(Optional.of(code), VerificationCodes.normalize(" 7k3m-9qf2-xrtw-4h8d-pc6a "));
        assertEquals(Optional.of("0000000000000000001A"), VerificationCodes.normalize("OOOOOOOOOOOOOOOOOOIA"), "O reads as 0, I as 1");
        assertEquals(Optional.empty(), VerificationCodes.normalize("7K3M9QF2XRTW4H8DPC6"));
        assertEquals(Optional.empty(), VerificationCodes.normalize("7K3M9QF2XRTW4H8DPC6U"), "U is not in the alphabet");
        assertEquals(Optional.empty(), VerificationCodes.normalize("x".repeat(1000)));
        assertEquals(Optional.empty(), VerificationCodes.normalize(null));
    }
}
