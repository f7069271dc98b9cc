package cn.eldercare.training.enrolment.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.training.course.control.CourseResized;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** The waiting list of a course, first come first served. Callers hold the course's row lock. */
@ApplicationScoped
public class Waitlist {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** A larger capacity seats people from the waiting list, in the same transaction as the change. */
    void onResized(@Observes CourseResized change) {
        fillFreePlaces(change.course()).forEach(p -> audit.record(change.staff(), "PROMOTED_FROM_WAITLIST", "Enrolment",
                p.getId(), "course " + change.course().getId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Enrolment> fillFreePlaces(Course course) {
        List<Enrolment> promoted = new ArrayList<>();
        while (course.hasFreePlace() && course.getWaitingCount() > 0) {
            Enrolment next = em.createQuery("SELECT e FROM Enrolment e WHERE e.courseId = :c AND e.status = :s ORDER BY e.id",
                            Enrolment.class)
                    .setParameter("c", course.getId()).setParameter("s", EnrolmentStatus.WAITING)
                    .setMaxResults(1).getSingleResult();
            next.promote();
            course.leftQueue();
            course.seatTaken();
            promoted.add(next);
        }
        return promoted;
    }

    /** 1 for the first in line; 0 when the enrolment is not waiting. */
    public long position(Enrolment e) {
        if (e.getStatus() != EnrolmentStatus.WAITING) {
            return 0;
        }
        return 1 + em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.courseId = :c AND e.status = :s AND e.id < :id",
                        Long.class)
                .setParameter("c", e.getCourseId()).setParameter("s", EnrolmentStatus.WAITING).setParameter("id", e.getId())
                .getSingleResult();
    }
}
