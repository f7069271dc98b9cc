package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.certs.certificate.control.Candidate;
import cn.eldercare.certs.certificate.control.CertificateDrafts;
import cn.eldercare.certs.certificate.control.CertificateRecords;
import cn.eldercare.certs.certificate.control.Numbering;
import cn.eldercare.certs.certificate.control.Provenance;
import cn.eldercare.certs.certificate.control.RuleFailure;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.signing.control.SigningKeys;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
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
 * The database side of a bulk job, one short transaction per step: a batch's rules and numbers are
 * settled in one, rendering happens outside any, and the results are recorded in another. Each batch
 * is loaded with a handful of queries, not a few per caregiver.
 */
@ApplicationScoped
public class CohortBatches {

    @PersistenceContext
    EntityManager em;
    @Inject
    Cohort cohort;
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
    @Inject
    CertificateRecords records;
    @Inject
    BatchRecorder recorder;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<Long> start(long jobId) {
        CertificateJob job = em.find(CertificateJob.class, jobId);
        List<Long> pending = cohort.pending(job.getCourseId());
        job.start(pending.size(), cohort.certified(job.getCourseId()));
        return pending;
    }

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

    @Transactional
    public void record(long jobId, List<CertificateRecords.Signed> signed, List<JobFailure> refused) {
        CertificateJob job = em.find(CertificateJob.class, jobId);
        Caller issuer = new Caller(job.getRequestedById(), job.getRequestedBy(), Role.BASE_STAFF, job.getBaseId(), null);
        List<JobFailure> failures = new ArrayList<>(refused);
        List<CertificateRecords.Signed> still = recorder.stillIssuable(jobId, signed, failures);
        records.recordAll(issuer, still, "CERTIFICATE_ISSUED");
        failures.forEach(em::persist);
        job.progressed(still.size(), failures.size());
    }

    @Transactional
    public void finish(long jobId, JobStatus outcome) {
        CertificateJob job = em.find(CertificateJob.class, jobId);
        job.finish(outcome);
        Caller issuer = new Caller(job.getRequestedById(), job.getRequestedBy(), Role.BASE_STAFF, job.getBaseId(), null);
        audit.record(issuer, "CERTIFICATE_JOB_" + outcome, "Course", job.getCourseId(),
                "job " + jobId + ": " + job.getDone() + " issued, " + job.getFailed() + " failed");
    }

    static JobFailure fault(long jobId, CertificateDraft d, String code, Text reason) {
        return new JobFailure(jobId, d.enrolmentId(), d.printed().holderName(), code, reason);
    }
}
