package cn.eldercare.training.assessment.control;

import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.eldercare.training.assessment.entity.AssessmentPart.REVIEW;
import static cn.eldercare.training.assessment.entity.AssessmentPart.SKILL;
import static cn.eldercare.training.assessment.entity.AssessmentPart.THEORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentOutcomeTest {

    private static AssessmentScore score(AssessmentPart part, int attempt, int score) {
        return new AssessmentScore(7L, part, attempt, score, part == REVIEW ? "a,b,c" : null, "assessor");
    }

    @Test
    void passMarkIsSixty() {
        assertEquals(60, AssessmentPart.PASS_MARK);
        assertTrue(score(THEORY, 1, 60).isPassed());
        assertTrue(score(THEORY, 1, 100).isPassed());
        assertFalse(score(THEORY, 1, 59).isPassed());
        assertFalse(score(THEORY, 1, 0).isPassed());
    }

    @Test
    void theLatestAttemptCountsWhateverTheListOrder() {
        AssessmentOutcome failedThenPassed = AssessmentOutcome.of(4, List.of(score(THEORY, 2, 72), score(THEORY, 1, 40)));
        assertTrue(failedThenPassed.partPassed(THEORY));
        assertEquals(2, failedThenPassed.latest(THEORY).orElseThrow().getAttempt());
        assertEquals(3, failedThenPassed.nextAttempt(THEORY));

        AssessmentOutcome passedThenFailed = AssessmentOutcome.of(4, List.of(score(SKILL, 1, 90), score(SKILL, 2, 30)));
        assertFalse(passedThenFailed.partPassed(SKILL), "an earlier pass does not count once a later attempt exists");
        assertEquals(2, passedThenFailed.attempts().size(), "every attempt is kept");
    }

    @Test
    void nothingEnteredYet() {
        AssessmentOutcome o = AssessmentOutcome.of(5, List.of());
        assertFalse(o.partPassed(THEORY));
        assertTrue(o.latest(SKILL).isEmpty());
        assertEquals(1, o.nextAttempt(THEORY));
        assertFalse(o.passed());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 4, 5})
    void levelsWithoutReviewPassOnTheoryAndSkill(int level) {
        assertFalse(REVIEW.appliesTo(level));
        assertTrue(THEORY.appliesTo(level) && SKILL.appliesTo(level));
        assertTrue(AssessmentOutcome.of(level, List.of(score(THEORY, 1, 60), score(SKILL, 1, 61))).passed());
        assertFalse(AssessmentOutcome.of(level, List.of(score(THEORY, 1, 60))).passed(), "skill missing");
        assertFalse(AssessmentOutcome.of(level, List.of(score(THEORY, 1, 60), score(SKILL, 1, 59))).passed(), "skill failed");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void levelsTwoAndOneAlsoNeedTheReview(int level) {
        assertTrue(REVIEW.appliesTo(level));
        assertFalse(AssessmentOutcome.of(level, List.of(score(THEORY, 1, 80), score(SKILL, 1, 80))).passed(), "review missing");
        assertFalse(AssessmentOutcome.of(level, List.of(score(THEORY, 1, 80), score(SKILL, 1, 80), score(REVIEW, 1, 59))).passed());
        assertTrue(AssessmentOutcome.of(level, List.of(score(THEORY, 1, 80), score(SKILL, 1, 80), score(REVIEW, 1, 59),
                score(REVIEW, 2, 60))).passed(), "review passed at the retake");
    }

    @Test
    void eachPartHasItsOwnLatestAttempt() {
        AssessmentOutcome o = AssessmentOutcome.of(2, List.of(score(THEORY, 1, 50), score(SKILL, 1, 70), score(THEORY, 2, 65),
                score(REVIEW, 1, 80), score(THEORY, 3, 40)));
        assertFalse(o.partPassed(THEORY), "theory attempt 3 failed");
        assertTrue(o.partPassed(SKILL));
        assertTrue(o.partPassed(REVIEW));
        assertEquals(4, o.nextAttempt(THEORY));
        assertEquals(2, o.nextAttempt(SKILL));
        assertFalse(o.passed());
    }
}
