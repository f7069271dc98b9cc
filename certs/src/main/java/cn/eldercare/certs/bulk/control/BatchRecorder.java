package cn.eldercare.certs.bulk.control;

import cn.eldercare.certs.bulk.entity.JobFailure;
import cn.eldercare.certs.certificate.control.CertificateRecords;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The last check before a batch is recorded. The rules were checked before rendering, in another
 * transaction; meanwhile a caregiver may have been certified by hand or have left the course. The
 * batch's enrolments are locked, as a single issue locks them, and those are taken out as refused.
 */
@ApplicationScoped
public class BatchRecorder {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<CertificateRecords.Signed> stillIssuable(long jobId, List<CertificateRecords.Signed> signed, List<JobFailure> failures) {
        if (signed.isEmpty()) {
            return signed;
        }
        List<Long> ids = signed.stream().map(s -> s.draft().enrolmentId()).toList();
        Map<Long, Enrolment> locked = em.createQuery("SELECT e FROM Enrolment e WHERE e.id IN :ids", Enrolment.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Set<Long> certified = new HashSet<>(em.createQuery(
                "SELECT c.currentEnrolmentId FROM Certificate c WHERE c.currentEnrolmentId IN :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        return signed.stream().filter(s -> {
            long id = s.draft().enrolmentId();
            if (certified.contains(id)) {
                failures.add(CohortBatches.fault(jobId, s.draft(), "ALREADY_ISSUED", Text.of("该学员已另行获发证书", "certified meanwhile by other means")));
                return false;
            }
            if (locked.get(id).getStatus() != EnrolmentStatus.ENROLLED) {
                failures.add(CohortBatches.fault(jobId, s.draft(), "NOT_ENROLLED", Text.of("该学员已退出课程", "left the course meanwhile")));
                return false;
            }
            return true;
        }).toList();
    }
}
