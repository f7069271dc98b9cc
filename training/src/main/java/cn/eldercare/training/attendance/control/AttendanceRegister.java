package cn.eldercare.training.attendance.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.attendance.entity.Attendance;
import cn.eldercare.training.attendance.entity.AttendanceSession;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/** Class sessions and who attended them; each attendance adds the session's minutes to the enrolment. */
@ApplicationScoped
public class AttendanceRegister {

    @PersistenceContext
    EntityManager em;
    @Inject
    Courses courses;
    @Inject
    AuditTrail audit;

    @Transactional
    public AttendanceSession record(Caller staff, long courseId, LocalDate heldOn, int minutes, String topic, List<Long> attendees) {
        Course course = courses.lockOwn(staff, courseId);
        if (heldOn.isAfter(LocalDate.now())) {
            throw DomainException.invalid("heldOn", Text.of("不能登记将来的课", "cannot be in the future"));
        }
        if (attendees.isEmpty()) {
            throw DomainException.invalid("attendees", Text.of("至少一名学员", "needs at least one enrolment"));
        }
        List<Enrolment> present = em.createQuery("SELECT e FROM Enrolment e WHERE e.id IN :ids", Enrolment.class)
                .setParameter("ids", List.copyOf(new LinkedHashSet<>(attendees))).getResultList();
        if (present.size() != new LinkedHashSet<>(attendees).size()
                || present.stream().anyMatch(e -> e.getCourseId() != courseId || e.getStatus() != EnrolmentStatus.ENROLLED)) {
            throw DomainException.invalid(List.of(new FieldMessage("attendees", Text.of(
                    "出勤名单中有不属于本课程在读学员的报名", "lists an enrolment that is not enrolled in this course"))));
        }
        AttendanceSession session = new AttendanceSession(course.getId(), heldOn, minutes, topic, staff.username());
        em.persist(session);
        em.flush();
        for (Enrolment e : present) {
            em.persist(new Attendance(session.getId(), e.getId(), minutes));
            e.attended(minutes);
        }
        audit.record(staff, "ATTENDANCE_RECORDED", "Course", courseId, present.size() + " present, " + minutes + " min");
        return session;
    }

    public Page<AttendanceSession> sessions(Caller caller, long courseId, PageRequest page) {
        Course course = courses.get(courseId);
        if (!caller.is(Role.REGULATOR) && !caller.worksAt(course.getBaseId())) {
            throw DomainException.forbidden(Text.of("只能查看本基地的课程", "You can only see your own base's courses"));
        }
        return new Where().eq("s.courseId", courseId).page(em, "FROM AttendanceSession s", "s", "s.heldOn, s.id",
                AttendanceSession.class, page);
    }
}
