package cn.eldercare.training.eligibility.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Time worked, counted in days. A year is 365 days: any span of N calendar years has at
 * least 365·N days, so "exactly two years" always qualifies, and leap days can only make the
 * count up to a day per four years generous, never strict (365.25 would reject a candidate
 * who worked exactly 2021-03-01 to 2023-02-28).
 */
public record WorkTime(long days) {

    public static final int DAYS_PER_YEAR = 365;

    public WorkTime {
        if (days < 0) {
            throw new IllegalArgumentException("work time cannot be negative");
        }
    }

    public boolean atLeastYears(BigDecimal years) {
        BigDecimal neededDays = years.multiply(BigDecimal.valueOf(DAYS_PER_YEAR)).setScale(0, RoundingMode.CEILING);
        return BigDecimal.valueOf(days).compareTo(neededDays) >= 0;
    }

    /** Years rounded down to one decimal, so a shortfall never displays as the required figure. */
    public String displayYears() {
        return BigDecimal.valueOf(days)
                .divide(BigDecimal.valueOf(DAYS_PER_YEAR), 1, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
