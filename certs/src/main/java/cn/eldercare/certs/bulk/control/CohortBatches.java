package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.certs.certificate.control.CertificateRecords;
import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.course.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The database side of a bulk job, one short transaction per step: start, each batch's preparation
 * ({@link BatchPreparation}), each batch's recording, finish. Rendering happens outside any transaction.
 */
@ApplicationScoped
public class CohortBatches {

    @PersistenceContext
    EntityManager em;
    @Inject
    Cohort cohort;
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

    /**
     * Batches are recorded one after another by the job's own thread; the lock on the job row makes any other
     * writer of its counters wait instead of failing on the version column.
     */
    @Transactional
    public void record(long jobId, List<CertificateRecords.Signed> signed, List<JobFailure> refused) {
        CertificateJob job = em.find(CertificateJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
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
