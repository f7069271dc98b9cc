package cn.eldercare.training.caregiver.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.caregiver.entity.PriorCertificate;
import cn.eldercare.training.caregiver.entity.WorkRecord;
import cn.eldercare.training.eligibility.entity.CandidateProfile;
import cn.eldercare.training.occupation.control.Occupations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Work history and certificates already held: the facts the application conditions are checked against. */
@ApplicationScoped
public class CaregiverHistory {

    @PersistenceContext
    EntityManager em;
    @Inject
    Caregivers caregivers;
    @Inject
    Occupations occupations;
    @Inject
    AuditTrail audit;

    @Transactional
    public WorkRecord addWork(Caller caller, long caregiverId, String employer, LocalDate from, LocalDate to, boolean related) {
        editable(caller, caregiverId);
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid("to", Text.of("结束日期早于开始日期", "ends before it starts"));
        }
        if (from.isAfter(LocalDate.now())) {
            throw DomainException.invalid("from", Text.of("开始日期不能在将来", "cannot be in the future"));
        }
        WorkRecord work = new WorkRecord(caregiverId, employer, from, to, related);
        em.persist(work);
        em.flush();
        audit.record(caller, "WORK_RECORDED", "Caregiver", caregiverId, employer);
        return work;
    }

    /** Certificates are checked against the paper original, so only base staff record them. */
    @Transactional
    public PriorCertificate addPriorCertificate(Caller staff, long caregiverId, String occupationCode, int level,
                                                String kind, String number, LocalDate issuedOn) {
        caregivers.visible(staff, caregiverId);
        occupations.requireLevel(occupationCode, level);
        if (issuedOn.isAfter(LocalDate.now())) {
            throw DomainException.invalid("issuedOn", Text.of("发证日期不能在将来", "cannot be in the future"));
        }
        PriorCertificate cert = new PriorCertificate(caregiverId, occupationCode, level, kind, number, issuedOn, staff.username());
        em.persist(cert);
        em.flush();
        audit.record(staff, "PRIOR_CERTIFICATE_RECORDED", "Caregiver", caregiverId, kind + " " + occupationCode + "/" + level);
        return cert;
    }

    public List<WorkRecord> work(long caregiverId) {
        return em.createQuery("SELECT w FROM WorkRecord w WHERE w.caregiverId = :g ORDER BY w.fromDate", WorkRecord.class)
                .setParameter("g", caregiverId).getResultList();
    }

    public List<PriorCertificate> certificates(long caregiverId) {
        return em.createQuery("SELECT c FROM PriorCertificate c WHERE c.caregiverId = :g ORDER BY c.issuedOn", PriorCertificate.class)
                .setParameter("g", caregiverId).getResultList();
    }

    public CandidateProfile profile(Caregiver g) {
        return new CandidateProfile(work(g.getId()).stream().map(WorkRecord::asPeriod).toList(),
                certificates(g.getId()).stream().map(PriorCertificate::asHeld).toList(),
                g.getEducation(), g.isEducationInField(), g.isFinalYearStudent(), g.isApprenticeshipCompleted());
    }

    private void editable(Caller caller, long caregiverId) {
        caregivers.visible(caller, caregiverId);
        if (!caller.is(Role.BASE_STAFF) && !caller.is(Role.CAREGIVER)) {
            throw DomainException.forbidden(Text.of("只读角色不能修改学员资料", "Read-only roles cannot edit caregivers"));
        }
    }
}
