package cn.eldercare.training.assessment.control;

import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an enrolment stands in its assessment: the latest attempt of each part counts, and
 * the whole is passed when every part that applies to the level is passed.
 */
public record AssessmentOutcome(int level, Map<AssessmentPart, AssessmentScore> latest, List<AssessmentScore> attempts) {

    public static AssessmentOutcome of(int level, List<AssessmentScore> attempts) {
        Map<AssessmentPart, AssessmentScore> latest = new EnumMap<>(AssessmentPart.class);
        for (AssessmentScore s : attempts) {
            latest.merge(s.getPart(), s, (a, b) -> a.getAttempt() >= b.getAttempt() ? a : b);
        }
        return new AssessmentOutcome(level, latest, List.copyOf(attempts));
    }

    public Optional<AssessmentScore> latest(AssessmentPart part) {
        return Optional.ofNullable(latest.get(part));
    }

    public boolean partPassed(AssessmentPart part) {
        return latest(part).map(AssessmentScore::isPassed).orElse(false);
    }

    public int nextAttempt(AssessmentPart part) {
        return latest(part).map(s -> s.getAttempt() + 1).orElse(1);
    }

    public boolean passed() {
        for (AssessmentPart part : AssessmentPart.values()) {
            if (part.appliesTo(level) && !partPassed(part)) {
                return false;
            }
        }
        return true;
    }
}
