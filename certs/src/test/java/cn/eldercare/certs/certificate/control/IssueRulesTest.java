package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.training.assessment.control.AssessmentOutcome;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueRulesTest {

    private static AssessmentOutcome scores(int level, Object... partAndScore) {
        List<AssessmentScore> attempts = new ArrayList<>();
        for (int i = 0; i < partAndScore.length; i += 2) {
            attempts.add(new AssessmentScore(1, (AssessmentPart) partAndScore[i], 1, (Integer) partAndScore[i + 1], null, "assessor"));
        }
        return AssessmentOutcome.of(level, attempts);
    }

    private static List<String> codes(IssueFacts f) {
        return IssueRules.check(f).stream().map(RuleFailure::code).toList();
    }

    @Test
    void passedAndHoursMetMayBeCertified() {
        AssessmentOutcome passed = scores(5, AssessmentPart.THEORY, 60, AssessmentPart.SKILL, 60);
        assertEquals(List.of(), codes(new IssueFacts(5, EnrolmentStatus.ENROLLED, 180 * 60, 180, passed, true)));
    }

    @Test
    void eachRuleNotMetIsNamedInOrder() {
        assertEquals(List.of("NOT_ENROLLED", "NOT_ACCREDITED", "HOURS_NOT_MET", "THEORY_NOT_PASSED", "SKILL_NOT_PASSED"),
                codes(new IssueFacts(5, EnrolmentStatus.CANCELLED, 180 * 60 - 1, 180, scores(5, AssessmentPart.THEORY, 59), false)));
        RuleFailure theory = IssueRules.check(new IssueFacts(5, EnrolmentStatus.ENROLLED, 10_800, 180,
                scores(5, AssessmentPart.THEORY, 59, AssessmentPart.SKILL, 90), true)).get(0);
        assertEquals("theory", theory.field());
        assertTrue(theory.reason().zh().contains("59") && theory.reason().en().contains("59"), theory::toString);
        RuleFailure hours = IssueRules.check(new IssueFacts(5, EnrolmentStatus.ENROLLED, 90, 180,
                scores(5, AssessmentPart.THEORY, 80, AssessmentPart.SKILL, 80), true)).get(0);
        assertEquals("培训学时不足：已完成 1.5 学时，须满 180 学时", hours.reason().zh());
    }

    @Test
    void levelsTwoAndOneAlsoNeedTheReview() {
        AssessmentOutcome noReview = scores(2, AssessmentPart.THEORY, 70, AssessmentPart.SKILL, 70);
        assertEquals(List.of("REVIEW_NOT_PASSED"), codes(new IssueFacts(2, EnrolmentStatus.ENROLLED, 5400, 90, noReview, true)));
        AssessmentOutcome reviewed = scores(1, AssessmentPart.THEORY, 70, AssessmentPart.SKILL, 70, AssessmentPart.REVIEW, 60);
        assertEquals(List.of(), codes(new IssueFacts(1, EnrolmentStatus.ENROLLED, 3600, 60, reviewed, true)));
    }

    @Test
    void aCourseWithoutLevelAsksForTheHoursOnly() {
        assertEquals(List.of(), codes(new IssueFacts(0, EnrolmentStatus.ENROLLED, 16 * 60, 16, scores(0), false)));
        assertEquals(List.of("HOURS_NOT_MET"), codes(new IssueFacts(0, EnrolmentStatus.ENROLLED, 60, 16, scores(0), false)));
        assertEquals(CertificateKind.COMPLETION, CertificateKind.forCourse("JTZHZ", 0));
        assertEquals(CertificateKind.ONE_PLUS_X, CertificateKind.forCourse("LNZH", 4));
        assertEquals(CertificateKind.SKILL_LEVEL, CertificateKind.forCourse("XFSS", 5));
    }

    @Test
    void refusalIsCodedAfterTheFirstRuleAndListsAll() {
        DomainException e = IssueRules.refusal(IssueRules.check(new IssueFacts(4, EnrolmentStatus.ENROLLED, 0, 150, scores(4), true)));
        assertEquals(422, e.status());
        assertEquals("HOURS_NOT_MET", e.code());
        assertEquals(List.of("attendedHours", "theory", "skill"), e.fields().stream().map(f -> f.field()).toList());
        assertTrue(e.text().en().startsWith("Not eligible for a certificate: training hours not met"));
    }

    @Test
    void levelsArePrintedAsTheStandardNamesThem() {
        assertEquals("五级/初级工", LevelNames.of(CertificateKind.SKILL_LEVEL, 5));
        assertEquals("一级/高级技师", LevelNames.of(CertificateKind.SKILL_LEVEL, 1));
        assertEquals("中级", LevelNames.of(CertificateKind.ONE_PLUS_X, 4));
        assertEquals("", LevelNames.of(CertificateKind.COMPLETION, 0));
    }
}
