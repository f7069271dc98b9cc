package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.time.LocalDate;
import java.util.Optional;

/** A completed apprenticeship in this or a related occupation (学徒期满). */
public record ApprenticeshipCompleted() implements Condition {

    @Override
    public Optional<Text> shortfall(CandidateProfile candidate, String occupationCode, LocalDate asOf) {
        return candidate.apprenticeshipCompleted()
                ? Optional.empty()
                : Optional.of(Text.of("需要本职业或相关职业学徒期满",
                        "needs a completed apprenticeship in this or a related occupation"));
    }
}
