package cn.eldercare.app;

import cn.eldercare.certs.certificate.control.Issuing;
import cn.eldercare.certs.certificate.control.Revocations;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.assessment.control.Assessments;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.attendance.control.AttendanceRegister;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Certificates for the demo world, right after {@link DemoData} built it: the spring cohort of the
 * Zhengzhou school completes its hours, and its base issues one valid certificate, one corrected by a
 * re-issue (so the first version verifies as superseded) and one revoked; a family caregiver gets a
 * completion certificate. Through the same rules as the API, attributed to the seeding accounts.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class DemoCertificates {

    private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());
    private static final String DEMO_BASE_USCC = "124100004175512348";

    @PersistenceContext
    EntityManager em;
    @Inject
    Enrolments enrolments;
    @Inject
    AttendanceRegister attendance;
    @Inject
    Assessments assessments;
    @Inject
    Issuing issuing;
    @Inject
    Revocations revocations;
    @ConfigProperty(name = "demo.data", defaultValue = "true")
    @Inject
    boolean enabled;

    @PostConstruct
    void load() {
        List<Long> base = em.createQuery("SELECT b.id FROM TrainingBase b WHERE b.uscc = :u", Long.class)
                .setParameter("u", DEMO_BASE_USCC).getResultList();
        if (!enabled || base.isEmpty() || em.createQuery("SELECT COUNT(c) FROM Certificate c", Long.class).getSingleResult() > 0) {
            return;
        }
        Caller staff = new Caller(0, "demo-seed", Role.BASE_STAFF, base.get(0), null);
        Caller assessor = new Caller(0, "demo-seed", Role.ASSESSOR, base.get(0), null);
        List<Enrolment> cohort = enrolments("养老护理员（五级/初级工）春季班");
        long course = cohort.get(0).getCourseId();
        for (int day = 40; day > 30; day--) {
            attendance.record(staff, course, LocalDate.now().minusDays(day), 720, "集中实训第" + (41 - day) + "天",
                    List.of(id(cohort, 0), id(cohort, 2), id(cohort, 3)));
        }
        for (int i : new int[]{2, 3}) {
            assessments.enter(assessor, id(cohort, i), AssessmentPart.THEORY, 78 + i, null);
            assessments.enter(assessor, id(cohort, i), AssessmentPart.SKILL, 83 + i, null);
        }
        // all in this one transaction: write the attendance minutes before issuing locks and re-reads the enrolments
        em.flush();
        issuing.issue(staff, id(cohort, 0));
        Certificate corrected = issuing.issue(staff, id(cohort, 2));
        issuing.reissue(staff, corrected.getId(), "更正发证信息后重新颁发");
        revocations.revoke(staff, issuing.issue(staff, id(cohort, 3)).getId(), "考核材料不实，经复核撤销");
        completion(staff);
        LOG.info("demo certificates issued");
    }

    /** The family-caregiver public course: 王秀英 attends its 16 hours and completes it. */
    private void completion(Caller staff) {
        long course = em.createQuery("SELECT c.id FROM Course c WHERE c.occupationCode = 'JTZHZ' AND c.baseId = :b", Long.class)
                .setParameter("b", staff.baseId()).getResultList().get(0);
        long wang = em.createQuery("SELECT g.id FROM Caregiver g WHERE g.name = '王秀英'", Long.class).getResultList().get(0);
        Enrolment e = enrolments.enrol(staff, course, wang);
        attendance.record(staff, course, LocalDate.now().minusDays(3), 480, "失能老人居家照护（上）", List.of(e.getId()));
        attendance.record(staff, course, LocalDate.now().minusDays(2), 480, "失能老人居家照护（下）", List.of(e.getId()));
        em.flush();
        issuing.issue(staff, e.getId());
    }

    private List<Enrolment> enrolments(String courseTitle) {
        return em.createQuery("SELECT e FROM Enrolment e, Course c WHERE c.id = e.courseId AND c.title = :t ORDER BY e.id", Enrolment.class)
                .setParameter("t", courseTitle).getResultList();
    }

    private static long id(List<Enrolment> cohort, int i) {
        return cohort.get(i).getId();
    }
}
