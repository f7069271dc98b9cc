package cn.eldercare.training.eligibility.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * What the application conditions look at: work history, certificates held and schooling.
 *
 * @param education               highest diploma held or, for a final-year student, being completed;
 *                                {@code null} when unknown
 * @param educationInField        the diploma is in this occupation's field or a related one
 * @param finalYearStudent        still in the final year, diploma not yet awarded (在校应届毕业生)
 * @param apprenticeshipCompleted an apprenticeship in this or a related occupation is finished (学徒期满)
 */
public record CandidateProfile(List<WorkPeriod> workPeriods, List<HeldCertificate> certificates,
                               Education education, boolean educationInField,
                               boolean finalYearStudent, boolean apprenticeshipCompleted) {

    public CandidateProfile {
        workPeriods = List.copyOf(workPeriods);
        certificates = List.copyOf(certificates);
    }

    /** Cumulative work in this or a related occupation up to and including {@code asOf}. */
    public WorkTime workTime(LocalDate asOf) {
        return workTimeSince(LocalDate.MIN, asOf);
    }

    /**
     * Cumulative work in this or a related occupation from {@code since} to {@code asOf}, both
     * inclusive. Overlapping periods (two part-time jobs) count once: it is time in the trade
     * that matters, not the number of employers.
     */
    public WorkTime workTimeSince(LocalDate since, LocalDate asOf) {
        List<WorkPeriod> relevant = workPeriods.stream()
                .filter(WorkPeriod::relatedOccupation)
                .sorted(Comparator.comparing(WorkPeriod::from))
                .toList();
        long days = 0;
        LocalDate countedUntil = since; // first day not yet counted
        for (WorkPeriod period : relevant) {
            LocalDate start = max(period.from(), countedUntil);
            LocalDate endExclusive = min(period.to() == null ? asOf : period.to(), asOf).plusDays(1);
            if (start.isBefore(endExclusive)) {
                days += ChronoUnit.DAYS.between(start, endExclusive);
                countedUntil = endExclusive;
            }
        }
        return new WorkTime(days);
    }

    /** Certificates of this occupation at the given level or higher, held on {@code asOf}. */
    public List<HeldCertificate> certificatesSatisfying(String occupationCode, int level, LocalDate asOf) {
        return certificates.stream().filter(c -> c.satisfies(occupationCode, level, asOf)).toList();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
