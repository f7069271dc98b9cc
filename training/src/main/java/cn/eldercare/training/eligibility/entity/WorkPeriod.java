package cn.eldercare.training.eligibility.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of employment, both ends inclusive as on a labour contract (2022-03-01 至 2024-02-29).
 *
 * @param to                 last day worked, or {@code null} while the job is ongoing
 * @param relatedOccupation  {@code true} when the work was in this occupation or a related one
 *                           (本职业或相关职业); other work is recorded but never counts towards
 *                           application conditions
 */
public record WorkPeriod(LocalDate from, LocalDate to, boolean relatedOccupation) {

    public WorkPeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a work period cannot end before it starts");
        }
    }
}
