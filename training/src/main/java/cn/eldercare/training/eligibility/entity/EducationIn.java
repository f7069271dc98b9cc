package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A diploma of one of the listed kinds, optionally in this or a related field, optionally
 * accepting final-year students who have not received it yet (含尚未取得毕业证书的在校应届毕业生).
 */
public record EducationIn(Set<Education> anyOf, boolean inField, boolean finalYearAccepted) implements Condition {

    public EducationIn {
        if (anyOf == null || anyOf.isEmpty()) {
            throw new IllegalArgumentException("an education condition needs at least one kind of diploma");
        }
        anyOf = Set.copyOf(anyOf);
    }

    @Override
    public Optional<Text> shortfall(CandidateProfile candidate, String occupationCode, LocalDate asOf) {
        Education held = candidate.education();
        if (held == null || !anyOf.contains(held)) {
            Text current = held == null ? Text.of("未填写", "not given") : held.label();
            return Optional.of(Text.of(
                    "需要以下" + (inField ? "本专业或相关专业" : "") + "学历之一：" + listed(true) + "，当前：" + current.zh(),
                    "needs one of these diplomas" + (inField ? " in this or a related field" : "") + ": "
                            + listed(false) + "; has: " + current.en()));
        }
        if (inField && !candidate.educationInField()) {
            return Optional.of(Text.of("学历需为本专业或相关专业", "the diploma must be in this or a related field"));
        }
        if (candidate.finalYearStudent() && !finalYearAccepted) {
            return Optional.of(Text.of("本项要求已取得毕业证书，不接受在校应届毕业生",
                    "requires the diploma itself; final-year students are not accepted"));
        }
        return Optional.empty();
    }

    /** In enum order, so the message reads from lower to higher schooling whatever the JSON order. */
    private String listed(boolean chinese) {
        return anyOf.stream().sorted()
                .map(e -> chinese ? e.label().zh() : e.label().en())
                .collect(Collectors.joining(chinese ? "、" : ", "));
    }
}
