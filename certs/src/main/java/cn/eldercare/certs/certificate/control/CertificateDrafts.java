package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.PrintedData;
import cn.eldercare.training.assessment.control.AssessmentOutcome;
import cn.eldercare.training.assessment.control.Assessments;
import cn.eldercare.training.base.control.Bases;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.occupation.entity.Occupation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Gathers what a certificate needs: the candidate, the rules it fails, and the data frozen onto it. */
@ApplicationScoped
public class CertificateDrafts {

    @PersistenceContext
    EntityManager em;
    @Inject
    Courses courses;
    @Inject
    Bases bases;
    @Inject
    Caregivers caregivers;
    @Inject
    Assessments assessments;

    public Candidate candidate(Enrolment e) {
        Course course = courses.get(e.getCourseId());
        return new Candidate(e, course, bases.get(course.getBaseId()), caregivers.get(e.getCaregiverId()));
    }

    public List<RuleFailure> failures(Candidate c) {
        return failures(c, assessments.outcome(c.enrolment(), c.course()));
    }

    /** With the assessment outcome already at hand, as a bulk job loads a whole batch's scores at once. */
    public static List<RuleFailure> failures(Candidate c, AssessmentOutcome outcome) {
        Course course = c.course();
        return IssueRules.check(new IssueFacts(course.getLevel(), c.enrolment().getStatus(), c.enrolment().getAttendedMinutes(),
                course.getStandardHours(), outcome, c.base().mayAssess(course.getOccupationCode(), course.getLevel())));
    }

    public static CertificateKind kindOf(Candidate c) {
        return CertificateKind.forCourse(c.course().getOccupationCode(), c.course().getLevel());
    }

    public CertificateDraft draft(Candidate c, String number, Provenance p) {
        Course course = c.course();
        CertificateKind kind = kindOf(c);
        Occupation occupation = em.find(Occupation.class, course.getOccupationCode());
        PrintedData printed = new PrintedData(c.caregiver().getName(), c.caregiver().getGender(), c.caregiver().getIdNumberMasked(),
                occupation.getName().zh(), LevelNames.of(kind, course.getLevel()), course.getTitle(), c.base().getName(), p.issuedOn());
        return new CertificateDraft(kind, number, p.version(), VerificationCodes.next(), c.caregiver().getId(), c.base().getId(),
                course.getId(), c.enrolment().getId(), course.getOccupationCode(), course.getLevel(),
                c.caregiver().getSubsidyCategory(), printed, p.issuedAt(), p.issuedBy(), p.jobId(), p.supersedesId());
    }
}
