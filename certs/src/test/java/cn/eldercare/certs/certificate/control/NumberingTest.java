package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.training.base.entity.TrainingBase;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberingTest {

    private static final TrainingBase BASE = new TrainingBase("郑州市卫生健康学校", "124100004175512348", "41", "郑州市", "S", "4101",
            "000001", "test");

    /** Counters that fail the first {@code failures} reservations, as the loser of a race to create the row does. */
    private static Numbering numbering(int failures, List<String> prefixes) {
        Numbering n = new Numbering();
        n.counters = new NumberCounters() {
            private int calls;

            @Override
            public int reserve(String prefix, int count) {
                prefixes.add(prefix);
                if (calls++ < failures) {
                    throw new PersistenceException("duplicate key certificate_counter");
                }
                return 41;
            }
        };
        return n;
    }

    @Test
    void aBlockOfConsecutiveNumbersUnderTheBasesPrefix() {
        List<String> prefixes = new ArrayList<>();
        List<String> numbers = numbering(0, prefixes).take(CertificateKind.SKILL_LEVEL, BASE, LocalDate.of(2026, 11, 23), 5, 3);
        assertEquals(List.of("S410141000001265000041", "S410141000001265000042", "S410141000001265000043"), numbers);
        assertEquals(List.of("S410141000001265"), prefixes);
    }

    @Test
    void theLoserOfTheRaceToCreateTheCounterRetriesOnce() {
        List<String> prefixes = new ArrayList<>();
        assertEquals(List.of("J410141000001260000041"), numbering(1, prefixes).take(CertificateKind.COMPLETION, BASE,
                LocalDate.of(2026, 1, 1), 0, 1));
        assertEquals(2, prefixes.size());
        assertThrows(PersistenceException.class, () -> numbering(2, new ArrayList<>()).take(CertificateKind.SKILL_LEVEL, BASE,
                LocalDate.of(2026, 1, 1), 5, 1), "a second failure is not a race and is not hidden");
    }
}
