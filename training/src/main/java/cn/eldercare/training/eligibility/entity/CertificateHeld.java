package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate of this occupation at {@code level} or higher, followed by at least
 * {@code minYearsSince} years of work counted from its issue date (0 = holding it is enough).
 */
public record CertificateHeld(int level, BigDecimal minYearsSince) implements Condition {

    public CertificateHeld {
        SkillLevels.requireValid(level);
        // Omitted in the rules JSON when holding the certificate is enough.
        minYearsSince = Objects.requireNonNullElse(minYearsSince, BigDecimal.ZERO);
        if (minYearsSince.signum() < 0) {
            throw new IllegalArgumentException("minYearsSince cannot be negative");
        }
    }

    @Override
    public Optional<Text> shortfall(CandidateProfile candidate, String occupationCode, LocalDate asOf) {
        Text levelName = SkillLevels.name(level);
        // The earliest qualifying certificate leaves the most work time since its issue.
        Optional<LocalDate> earliest = candidate.certificatesSatisfying(occupationCode, level, asOf).stream()
                .map(HeldCertificate::issuedOn)
                .min(Comparator.naturalOrder());
        if (earliest.isEmpty()) {
            return Optional.of(Text.of(
                    "需要本职业" + levelName.zh() + "（或更高等级）证书，当前没有",
                    "needs a " + levelName.en() + " (or higher) certificate in this occupation, has none"));
        }
        WorkTime since = candidate.workTimeSince(earliest.get(), asOf);
        if (since.atLeastYears(minYearsSince)) {
            return Optional.empty();
        }
        String needed = minYearsSince.stripTrailingZeros().toPlainString();
        return Optional.of(Text.of(
                "需要取得" + levelName.zh() + "证书后累计从事本职业或相关职业工作" + needed
                        + "年（含）以上，当前" + since.displayYears() + "年",
                "needs ≥" + needed + " years of work since the " + levelName.en() + " certificate, has "
                        + since.displayYears()));
    }
}
