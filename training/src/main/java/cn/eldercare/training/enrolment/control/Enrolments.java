package cn.eldercare.training.enrolment.control;

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
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Enrolment with capacity and a waiting list. Every change locks the course row first, so
 * concurrent enrolments into one course queue up and capacity can never be overrun.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext
    EntityManager em;
    @Inject
    Courses courses;
    @Inject
    Waitlist waitlist;
    @Inject
    AuditTrail audit;

    /**
     * The caregiver is loaded together with any active enrolment of theirs in the course: one round
     * trip instead of two on the hottest write path (see BENCHMARKS.md).
     */
    @Transactional
    public Enrolment enrol(Caller caller, long courseId, Long caregiverId) {
        Course course = lock(courseId);
        long who = enrollee(caller, course, caregiverId);
        List<Object[]> found = em.createNamedQuery(Enrolment.CAREGIVER_WITH_ACTIVE, Object[].class)
                .setParameter("course", course.getId()).setParameter("caregiver", who).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound(Text.of("学员不存在", "No such caregiver"));
        }
        if (found.get(0)[1] != null) {
            throw alreadyEnrolled();
        }
        return seat(caller, course, who);
    }

    /** For callers that already hold the course lock, such as a roster import. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Enrolment enrolLocked(Caller caller, Course course, long caregiverId) {
        if (activeIn(course.getId(), caregiverId)) {
            throw alreadyEnrolled();
        }
        return seat(caller, course, caregiverId);
    }

    private Enrolment seat(Caller caller, Course course, long caregiverId) {
        boolean seated = course.hasFreePlace() && course.getWaitingCount() == 0;
        Enrolment e = new Enrolment(course.getId(), caregiverId, seated, caller.username());
        em.persist(e);
        if (seated) {
            course.seatTaken();
        } else {
            course.joinedQueue();
        }
        em.flush();
        audit.record(caller, seated ? "ENROLLED" : "WAITLISTED", "Enrolment", e.getId(), "course " + course.getId());
        return e;
    }

    @Transactional
    public Enrolment cancel(Caller caller, long enrolmentId) {
        Enrolment e = get(enrolmentId);
        Course course = lock(e.getCourseId());
        em.refresh(e);
        requireActor(caller, course, e);
        if (e.getStatus() == EnrolmentStatus.CANCELLED) {
            throw DomainException.conflict("ALREADY_CANCELLED", Text.of("报名已取消", "The enrolment is already cancelled"));
        }
        boolean wasSeated = e.getStatus() == EnrolmentStatus.ENROLLED;
        e.cancel(caller.username());
        if (wasSeated) {
            course.seatFreed();
        } else {
            course.leftQueue();
        }
        audit.record(caller, "ENROLMENT_CANCELLED", "Enrolment", e.getId(), "course " + course.getId());
        waitlist.fillFreePlaces(course).forEach(p ->
                audit.record(caller, "PROMOTED_FROM_WAITLIST", "Enrolment", p.getId(), "course " + course.getId()));
        return e;
    }

    public boolean activeIn(long courseId, long caregiverId) {
        return !em.createQuery("SELECT e.id FROM Enrolment e WHERE e.courseId = :c AND e.activeCaregiverId = :g")
                .setParameter("c", courseId).setParameter("g", caregiverId).setMaxResults(1).getResultList().isEmpty();
    }

    public Enrolment get(long id) {
        Enrolment e = em.find(Enrolment.class, id);
        if (e == null) {
            throw DomainException.notFound(Text.of("报名记录不存在", "No such enrolment"));
        }
        return e;
    }

    /** The enrolment, if the caller may see it: its caregiver, the course's base, or the regulator. */
    public Enrolment visible(Caller caller, long id) {
        Enrolment e = get(id);
        if (!caller.is(Role.REGULATOR) && !caller.isCaregiver(e.getCaregiverId())
                && !caller.worksAt(courses.get(e.getCourseId()).getBaseId())) {
            throw DomainException.forbidden(Text.of("无权查看该报名记录", "You may not see this enrolment"));
        }
        return e;
    }

    public Page<Enrolment> roster(Caller caller, long courseId, EnrolmentStatus status, PageRequest page) {
        Course course = courses.get(courseId);
        if (!caller.is(Role.REGULATOR) && !caller.worksAt(course.getBaseId())) {
            throw DomainException.forbidden(Text.of("只能查看本基地的名册", "You can only see your own base's rosters"));
        }
        return new Where().eq("e.courseId", courseId).eq("e.status", status)
                .page(em, "FROM Enrolment e", "e", "e.id", Enrolment.class, page);
    }

    public Page<Enrolment> ofCaregiver(long caregiverId, PageRequest page) {
        return new Where().eq("e.caregiverId", caregiverId).page(em, "FROM Enrolment e", "e", "e.id DESC", Enrolment.class, page);
    }

    /**
     * Locks the course row with plain SELECT … FOR UPDATE, which must be the course's first read in the
     * transaction. EclipseLink's own pessimistic locks also reload the course's syllabus, a round trip
     * that no enrolment needs.
     */
    public Course lock(long courseId) {
        @SuppressWarnings("unchecked")
        Course course = ((List<Course>) em.createNativeQuery("SELECT * FROM course WHERE id = ? FOR UPDATE", Course.class)
                .setParameter(1, courseId).getResultList()).stream().findFirst().orElse(null);
        if (course == null) {
            throw DomainException.notFound(Text.of("课程不存在", "No such course"));
        }
        return course;
    }

    private long enrollee(Caller caller, Course course, Long caregiverId) {
        if (caller.is(Role.CAREGIVER)) {
            if (caregiverId != null && !caregiverId.equals(caller.caregiverId())) {
                throw DomainException.forbidden(Text.of("学员只能为自己报名", "Caregivers can only enrol themselves"));
            }
            return caller.caregiverId();
        }
        Courses.requireRunBy(caller, course);
        if (caregiverId == null) {
            throw DomainException.invalid("caregiverId", Text.of("请指定学员", "is required"));
        }
        return caregiverId;
    }

    private static DomainException alreadyEnrolled() {
        return DomainException.conflict("ALREADY_ENROLLED", Text.of("该学员已报名此课程", "Already enrolled in this course"));
    }

    private static void requireActor(Caller caller, Course course, Enrolment e) {
        if (!caller.isCaregiver(e.getCaregiverId()) && !(caller.is(Role.BASE_STAFF) && caller.worksAt(course.getBaseId()))) {
            throw DomainException.forbidden(Text.of("只能取消自己的或本基地的报名", "You can only cancel your own or your base's enrolments"));
        }
    }
}
