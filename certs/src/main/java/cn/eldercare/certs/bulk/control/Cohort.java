package cn.eldercare.certs.bulk.control;

import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** A course's cohort: the enrolled caregivers still waiting for a certificate, and those who hold one. */
@ApplicationScoped
public class Cohort {

    private static final String WITH_CURRENT = "EXISTS (SELECT c.id FROM Certificate c WHERE c.currentEnrolmentId = e.id)";

    @PersistenceContext
    EntityManager em;

    public List<Long> pending(long courseId) {
        return em.createQuery("SELECT e.id FROM Enrolment e WHERE e.courseId = :c AND e.status = :s AND NOT " + WITH_CURRENT
                        + " ORDER BY e.id", Long.class)
                .setParameter("c", courseId).setParameter("s", EnrolmentStatus.ENROLLED).getResultList();
    }

    public int certified(long courseId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.courseId = :c AND e.status = :s AND " + WITH_CURRENT, Long.class)
                .setParameter("c", courseId).setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult().intValue();
    }
}
