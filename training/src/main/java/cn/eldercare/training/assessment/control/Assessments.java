package cn.eldercare.training.assessment.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Score entry by the assessors of the course's base. A passed part is final; a failed part
 * may be retaken on its own, as a new attempt, keeping the old one.
 */
@ApplicationScoped
public class Assessments {

    @PersistenceContext
    EntityManager em;
    @Inject
    Enrolments enrolments;
    @Inject
    Courses courses;
    @Inject
    AuditTrail audit;

    @Transactional
    public AssessmentScore enter(Caller assessor, long enrolmentId, AssessmentPart part, int score, List<String> panel) {
        Enrolment e = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw DomainException.notFound(Text.of("报名记录不存在", "No such enrolment"));
        }
        Course course = courses.get(e.getCourseId());
        if (!assessor.is(Role.ASSESSOR) || !assessor.worksAt(course.getBaseId())) {
            throw DomainException.forbidden(Text.of("只有本基地的考评员可以登记成绩", "Only the base's assessors may enter scores"));
        }
        if (e.getStatus() != EnrolmentStatus.ENROLLED) {
            throw DomainException.conflict("NOT_ENROLLED", Text.of("该学员不在读，不能登记成绩", "The caregiver is not enrolled"));
        }
        if (!part.appliesTo(course.getLevel())) {
            throw DomainException.invalid("part", Text.of("综合评审仅适用于二级和一级", "the review applies to levels 2 and 1 only"));
        }
        String panelText = panel(part, panel);
        AssessmentOutcome outcome = outcome(e, course);
        if (outcome.partPassed(part)) {
            throw DomainException.conflict("PART_ALREADY_PASSED", Text.of(
                    part.label().zh() + "已通过，不能重考", "The " + part.label().en() + " is already passed"));
        }
        AssessmentScore entered = new AssessmentScore(enrolmentId, part, outcome.nextAttempt(part), score, panelText, assessor.username());
        em.persist(entered);
        em.flush();
        audit.record(assessor, "SCORE_ENTERED", "Enrolment", enrolmentId, part + " attempt " + entered.getAttempt() + " = " + score);
        return entered;
    }

    public AssessmentOutcome outcome(Enrolment e, Course course) {
        return AssessmentOutcome.of(course.getLevel(), em.createQuery(
                        "SELECT s FROM AssessmentScore s WHERE s.enrolmentId = :e ORDER BY s.part, s.attempt", AssessmentScore.class)
                .setParameter("e", e.getId()).getResultList());
    }

    /** A review is decided by a panel of an odd number, at least three, of distinct assessors. */
    private static String panel(AssessmentPart part, List<String> panel) {
        if (part != AssessmentPart.REVIEW) {
            return null;
        }
        List<String> members = panel == null ? List.of() : panel.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (members.size() < 3 || members.size() % 2 == 0) {
            throw DomainException.invalid("panel", Text.of("评审组须为不少于3人的奇数名考评员", "needs an odd number (at least 3) of assessors"));
        }
        return String.join(",", members);
    }
}
