package cn.eldercare.training.assessment.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.control.CourseDraft;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.enrolment.entity.Enrolment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.eldercare.training.assessment.entity.AssessmentPart.REVIEW;
import static cn.eldercare.training.assessment.entity.AssessmentPart.SKILL;
import static cn.eldercare.training.assessment.entity.AssessmentPart.THEORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Score entry on H2: who may enter, retakes as new attempts, passed parts final, the review panel. */
class AssessmentsTest {

    private static TrainingFixture f;

    private TrainingBase base;
    private Caller staff;
    private Caller assessor;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void freshBase() {
        base = f.base(new Accreditation("YLHLY", 4), new Accreditation("YLHLY", 2));
        staff = f.staffOf(base);
        assessor = f.assessorOf(base);
    }

    private Enrolment enrolled(int level) {
        Course c = f.tx(() -> f.courses.create(staff, new CourseDraft("YLHLY", level, "level " + level, 5, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 1), "周六", DeliveryMode.OFFLINE, true, List.of())));
        long g = f.caregiver(staff).getId();
        return f.tx(() -> f.enrolments.enrol(staff, c.getId(), g));
    }

    private AssessmentScore enter(Caller who, Enrolment e, cn.eldercare.training.assessment.entity.AssessmentPart part, int score,
                                  List<String> panel) {
        return f.tx(() -> f.assessments.enter(who, e.getId(), part, score, panel));
    }

    private AssessmentOutcome outcome(Enrolment e) {
        try {
            return f.assessments.outcome(e, f.courses.get(e.getCourseId()));
        } finally {
            f.em.clear();
        }
    }

    @Test
    void aFailedPartIsRetakenAsANewAttemptAndAPassedPartIsFinal() {
        Enrolment e = enrolled(4);
        AssessmentScore first = enter(assessor, e, THEORY, 55, null);
        assertEquals(1, first.getAttempt());
        assertFalse(first.isPassed());
        assertNull(first.getPanel());
        AssessmentScore retake = enter(assessor, e, THEORY, 60, null);
        assertEquals(2, retake.getAttempt());
        assertTrue(retake.isPassed());
        f.refused(409, "PART_ALREADY_PASSED", () -> f.assessments.enter(assessor, e.getId(), THEORY, 90, null));

        assertFalse(outcome(e).passed(), "skill still missing");
        enter(assessor, e, SKILL, 88, List.of("ignored"));
        AssessmentOutcome o = outcome(e);
        assertTrue(o.passed());
        assertEquals(3, o.attempts().size());
        assertNull(o.latest(SKILL).orElseThrow().getPanel(), "only a review records a panel");
        assertEquals(assessor.username(), o.latest(SKILL).orElseThrow().getEnteredBy());
    }

    @Test
    void theReviewNeedsAnOddPanelOfAtLeastThreeAndOnlyAtLevelsTwoAndOne() {
        Enrolment four = enrolled(4);
        f.refused(400, "INVALID_INPUT", () -> f.assessments.enter(assessor, four.getId(), REVIEW, 80, List.of("a", "b", "c")));

        Enrolment two = enrolled(2);
        f.refused(400, "INVALID_INPUT", () -> f.assessments.enter(assessor, two.getId(), REVIEW, 80, null));
        f.refused(400, "INVALID_INPUT", () -> f.assessments.enter(assessor, two.getId(), REVIEW, 80, List.of("a", "b")));
        f.refused(400, "INVALID_INPUT", () -> f.assessments.enter(assessor, two.getId(), REVIEW, 80, List.of("a", "b", "c", "d")));
        // blank and repeated names do not count
        f.refused(400, "INVALID_INPUT", () -> f.assessments.enter(assessor, two.getId(), REVIEW, 80, List.of("a", " a", "b ", "")));
        AssessmentScore review = enter(assessor, two, REVIEW, 80, List.of(" 张 ", "王", "李", "王"));
        assertEquals("张,王,李", review.getPanel());

        enter(assessor, two, THEORY, 70, null);
        enter(assessor, two, SKILL, 70, null);
        assertTrue(outcome(two).passed());
    }

    @Test
    void onlyTheBasesAssessorsEnterScoresForEnrolledCaregivers() {
        Enrolment e = enrolled(4);
        f.refused(403, "FORBIDDEN", () -> f.assessments.enter(staff, e.getId(), THEORY, 80, null));
        Caller otherAssessor = f.assessorOf(f.base());
        f.refused(403, "FORBIDDEN", () -> f.assessments.enter(otherAssessor, e.getId(), THEORY, 80, null));
        f.refused(403, "FORBIDDEN", () -> f.assessments.enter(f.regulator(), e.getId(), THEORY, 80, null));
        f.refused(404, "NOT_FOUND", () -> f.assessments.enter(assessor, 999_999_999L, THEORY, 80, null));

        f.tx(() -> f.enrolments.cancel(staff, e.getId()));
        f.refused(409, "NOT_ENROLLED", () -> f.assessments.enter(assessor, e.getId(), THEORY, 80, null));
        assertTrue(outcome(e).attempts().isEmpty());
    }
}
