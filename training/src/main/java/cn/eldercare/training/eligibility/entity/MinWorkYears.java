package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** At least {@code minYears} of cumulative work in this or a related occupation. */
public record MinWorkYears(BigDecimal minYears) implements Condition {

    public MinWorkYears {
        Objects.requireNonNull(minYears, "minYears");
        if (minYears.signum() < 0) {
            throw new IllegalArgumentException("minYears cannot be negative");
        }
    }

    @Override
    public Optional<Text> shortfall(CandidateProfile candidate, String occupationCode, LocalDate asOf) {
        WorkTime worked = candidate.workTime(asOf);
        if (worked.atLeastYears(minYears)) {
            return Optional.empty();
        }
        String needed = minYears.stripTrailingZeros().toPlainString();
        return Optional.of(Text.of(
                "需要累计从事本职业或相关职业工作" + needed + "年（含）以上，当前" + worked.displayYears() + "年",
                "needs ≥" + needed + " years of work in this or a related occupation, has " + worked.displayYears()));
    }
}
