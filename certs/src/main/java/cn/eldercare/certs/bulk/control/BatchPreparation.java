package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.certificate.control.Candidate;
import cn.eldercare.certs.certificate.control.CertificateDrafts;
import cn.eldercare.certs.certificate.control.Numbering;
import cn.eldercare.certs.certificate.control.Provenance;
import cn.eldercare.certs.certificate.control.RuleFailure;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.signing.control.SigningKeys;
import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.training.assessment.control.AssessmentOutcome;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.base.control.Bases;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A batch of a job's cohort checked against the issuing rules and numbered, in one short transaction.
 * The batch is loaded with a handful of queries, not a few per caregiver; its numbers are taken as one block.
 */
@ApplicationScoped
public class BatchPreparation {

    @PersistenceContext
    EntityManager em;
    @Inject
    Courses courses;
    @Inject
    Bases bases;
    @Inject
    Caregivers caregivers;
    @Inject
    CertificateDrafts drafts;
    @Inject
    Numbering numbering;
    @Inject
    SigningKeys keys;

    @Transactional
    public Batch prepare(long jobId, List<Long> enrolmentIds) {
        CertificateJob job = em.find(CertificateJob.class, jobId);
        Course course = courses.get(job.getCourseId());
        TrainingBase base = bases.get(job.getBaseId());
        List<Enrolment> enrolments = em.createQuery("SELECT e FROM Enrolment e WHERE e.id IN :ids ORDER BY e.id", Enrolment.class)
                .setParameter("ids", enrolmentIds).getResultList();
        Map<Long, Caregiver> people = caregivers.byIds(enrolments.stream().map(Enrolment::getCaregiverId).toList()).stream()
                .collect(Collectors.toMap(Caregiver::getId, Function.identity()));
        Map<Long, List<AssessmentScore>> scores = em.createQuery("SELECT s FROM AssessmentScore s WHERE s.enrolmentId IN :ids",
                AssessmentScore.class).setParameter("ids", enrolmentIds).getResultStream()
                .collect(Collectors.groupingBy(AssessmentScore::getEnrolmentId));
        List<Candidate> eligible = new ArrayList<>();
        List<JobFailure> refused = new ArrayList<>();
        for (Enrolment e : enrolments) {
            Candidate c = new Candidate(e, course, base, people.get(e.getCaregiverId()));
            List<RuleFailure> failures = CertificateDrafts.failures(c, AssessmentOutcome.of(course.getLevel(), scores.getOrDefault(e.getId(), List.of())));
            if (failures.isEmpty()) {
                eligible.add(c);
            } else {
                RuleFailure first = failures.get(0);
                refused.add(new JobFailure(jobId, e.getId(), c.caregiver().getName(), first.code(), first.reason()));
            }
        }
        return new Batch(draft(job, eligible), eligible.isEmpty() ? null : keys.forBase(base), refused);
    }

    private List<CertificateDraft> draft(CertificateJob job, List<Candidate> eligible) {
        if (eligible.isEmpty()) {
            return List.of();
        }
        Candidate first = eligible.get(0);
        Provenance p = Provenance.first(job.getRequestedBy(), Clock.now(), job.getId());
        List<String> numbers = numbering.take(CertificateDrafts.kindOf(first), first.base(), p.issuedOn(),
                first.course().getLevel(), eligible.size());
        List<CertificateDraft> out = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            out.add(drafts.draft(eligible.get(i), numbers.get(i), p));
        }
        return out;
    }
}
