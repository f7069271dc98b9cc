package cn.eldercare.training.eligibility.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.eldercare.training.eligibility.entity.Profiles.CAREGIVER;
import static cn.eldercare.training.eligibility.entity.Profiles.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateProfileTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void countsBothEndsOfAPeriod() {
        CandidateProfile p = candidate().worked(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).build();
        assertEquals(new WorkTime(365), p.workTime(AS_OF));
    }

    @Test
    void ongoingWorkCountsUpToAndIncludingTheDay() {
        CandidateProfile p = candidate().workingSince(LocalDate.of(2025, 6, 1)).build();
        assertEquals(new WorkTime(30), p.workTime(AS_OF));
    }

    @Test
    void overlappingAndContainedPeriodsCountOnce() {
        CandidateProfile p = candidate()
                .worked(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .worked(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30))
                .worked(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31))
                .build();
        assertEquals(new WorkTime(366 + 181), p.workTime(AS_OF));
    }

    @Test
    void adjacentPeriodsAddUpWithoutDoubleCountingTheSeam() {
        CandidateProfile p = candidate()
                .worked(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))
                .worked(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29))
                .build();
        assertEquals(new WorkTime(60), p.workTime(AS_OF));
    }

    @Test
    void workInAnUnrelatedOccupationDoesNotCount() {
        CandidateProfile p = candidate()
                .workedElsewhere(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1))
                .worked(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10))
                .build();
        assertEquals(new WorkTime(10), p.workTime(AS_OF));
    }

    @Test
    void workAfterTheDayOfJudgementIsIgnored() {
        CandidateProfile p = candidate()
                .worked(LocalDate.of(2025, 6, 21), LocalDate.of(2025, 12, 31))
                .worked(LocalDate.of(2026, 1, 1), null)
                .build();
        assertEquals(new WorkTime(10), p.workTime(AS_OF));
    }

    @Test
    void workSinceADateStartsOnThatDate() {
        CandidateProfile p = candidate().worked(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).build();
        assertEquals(new WorkTime(31), p.workTimeSince(LocalDate.of(2020, 12, 1), AS_OF));
        assertEquals(new WorkTime(0), p.workTimeSince(LocalDate.of(2021, 1, 1), AS_OF));
    }

    @Test
    void noWorkIsZero() {
        assertEquals(new WorkTime(0), candidate().build().workTime(AS_OF));
    }

    @Test
    void aHigherCertificateSatisfiesALowerRequirementButNotTheOtherWayRound() {
        CandidateProfile p = candidate().certificate(3, LocalDate.of(2020, 1, 1)).build();
        assertEquals(1, p.certificatesSatisfying(CAREGIVER, 4, AS_OF).size());
        assertEquals(1, p.certificatesSatisfying(CAREGIVER, 3, AS_OF).size());
        assertTrue(p.certificatesSatisfying(CAREGIVER, 2, AS_OF).isEmpty());
    }

    @Test
    void certificatesOfOtherOccupationsOrIssuedLaterDoNotCount() {
        CandidateProfile p = candidate()
                .certificate("XFSSCZY", 1, LocalDate.of(2020, 1, 1))
                .certificate(5, AS_OF.plusDays(1))
                .build();
        assertTrue(p.certificatesSatisfying(CAREGIVER, 5, AS_OF).isEmpty());
    }

    @Test
    void rejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkPeriod(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 31), true));
        assertThrows(IllegalArgumentException.class, () -> new HeldCertificate(CAREGIVER, 6, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> new HeldCertificate(CAREGIVER, 0, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> new WorkTime(-1));
    }

    @Test
    void profileListsAreCopied() {
        List<WorkPeriod> periods = new ArrayList<>();
        CandidateProfile p = new CandidateProfile(periods, List.of(), null, false, false, false);
        periods.add(new WorkPeriod(LocalDate.of(2020, 1, 1), null, true));
        assertEquals(new WorkTime(0), p.workTime(AS_OF));
    }

    @Test
    void aYearIs365DaysSoWholeCalendarYearsAlwaysQualify() {
        // 2021-03-01 .. 2023-02-28 has no leap day: 730 days, exactly two calendar years.
        assertTrue(new WorkTime(730).atLeastYears(BigDecimal.valueOf(2)));
        assertFalse(new WorkTime(729).atLeastYears(BigDecimal.valueOf(2)));
        assertTrue(new WorkTime(548).atLeastYears(new BigDecimal("1.5")));
        assertFalse(new WorkTime(547).atLeastYears(new BigDecimal("1.5")));
        assertTrue(new WorkTime(0).atLeastYears(BigDecimal.ZERO));
    }

    @Test
    void displayedYearsRoundDownToOneDecimal() {
        assertEquals("1.9", new WorkTime(729).displayYears());
        assertEquals("2", new WorkTime(730).displayYears());
        assertEquals("1.5", new WorkTime(548).displayYears());
        assertEquals("0", new WorkTime(0).displayYears());
    }
}
