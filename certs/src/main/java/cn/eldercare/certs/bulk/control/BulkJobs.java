package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.CertificateJob;
import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.bulk.entity.JobStatus;
import cn.eldercare.certs.certificate.control.CertificateAccess;
import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Bulk issuing jobs: a base's staff start one per course cohort; the base and the regulator follow them. */
@ApplicationScoped
public class BulkJobs {

    @PersistenceContext
    EntityManager em;
    @Inject
    Courses courses;
    @Inject
    Cohort cohort;
    @Inject
    AuditTrail audit;

    /** The course row is locked, so two staff cannot start two jobs for one cohort. */
    @Transactional
    public CertificateJob create(Caller staff, long courseId) {
        Course course = courses.lockOwn(staff, courseId);
        CertificateAccess.requireIssuer(staff, course.getBaseId());
        boolean busy = !em.createQuery("SELECT j.id FROM CertificateJob j WHERE j.courseId = :c AND j.status IN :active")
                .setParameter("c", courseId).setParameter("active", List.of(JobStatus.QUEUED, JobStatus.RUNNING)).getResultList().isEmpty();
        if (busy) {
            throw DomainException.conflict("JOB_ACTIVE", Text.of("该课程已有正在进行的批量发证任务", "A bulk job for this course is already running"));
        }
        int pending = cohort.pending(courseId).size();
        if (pending == 0) {
            throw DomainException.conflict("NOTHING_TO_ISSUE", Text.of("该课程没有待发证的在读学员", "No enrolled caregiver of this course awaits a certificate"));
        }
        CertificateJob job = new CertificateJob(courseId, course.getBaseId(), pending, cohort.certified(courseId), staff.username(), staff.userId());
        em.persist(job);
        em.flush();
        audit.record(staff, "CERTIFICATE_JOB_CREATED", "Course", courseId, "job " + job.getId() + ", " + pending + " caregivers");
        return job;
    }

    public CertificateJob visible(Caller caller, long id) {
        CertificateJob job = em.find(CertificateJob.class, id);
        if (job == null) {
            throw DomainException.notFound(Text.of("批量发证任务不存在", "No such bulk job"));
        }
        if (!caller.is(Role.REGULATOR) && !caller.worksAt(job.getBaseId())) {
            throw DomainException.forbidden(Text.of("只能查看本基地的批量发证任务", "You can only see your own base's bulk jobs"));
        }
        return job;
    }

    public List<JobFailure> failures(long jobId) {
        return em.createQuery("SELECT f FROM JobFailure f WHERE f.jobId = :j ORDER BY f.id", JobFailure.class)
                .setParameter("j", jobId).getResultList();
    }

    public Page<CertificateJob> ofCourse(Caller caller, long courseId, PageRequest page) {
        Course course = courses.get(courseId);
        if (!caller.is(Role.REGULATOR) && !caller.worksAt(course.getBaseId())) {
            throw DomainException.forbidden(Text.of("只能查看本基地的批量发证任务", "You can only see your own base's bulk jobs"));
        }
        return new Where().eq("j.courseId", courseId).page(em, "FROM CertificateJob j", "j", "j.id DESC", CertificateJob.class, page);
    }

    /** A job left active by a server that stopped will never finish: it is closed as failed when next looked at. */
    @Transactional
    public CertificateJob closeIfOrphaned(long jobId) {
        CertificateJob job = em.find(CertificateJob.class, jobId);
        if (job.getStatus().isActive()) {
            job.finish(JobStatus.FAILED);
        }
        return job;
    }
}
