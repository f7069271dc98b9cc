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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Class sessions and who attended them; each attendance adds the session's minutes to the enrolment. A session is
 * one course, day and topic: sending the same one again (a double click, a retry) changes nothing, and a different
 * one under the same day and topic is refused, so hours are never counted twice.
 */
@ApplicationScoped
public class AttendanceRegister {

    /** The session, and whether this call recorded it or found it already recorded with the same minutes and people. */
    public record Recorded(AttendanceSession session, boolean replayed) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Courses courses;
    @Inject
    AuditTrail audit;

    @Transactional
    public Recorded record(Caller staff, long courseId, LocalDate heldOn, int minutes, String topic, List<Long> attendees) {
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
        Set<Long> people = present.stream().map(Enrolment::getId).collect(Collectors.toSet());
        for (AttendanceSession same : em.createQuery("SELECT s FROM AttendanceSession s WHERE s.courseId = :course"
                        + " AND s.heldOn = :day AND s.topic = :topic", AttendanceSession.class)
                .setParameter("course", courseId).setParameter("day", heldOn).setParameter("topic", topic).getResultList()) {
            Set<Long> before = Set.copyOf(em.createQuery("SELECT a.enrolmentId FROM Attendance a WHERE a.sessionId = :s", Long.class)
                    .setParameter("s", same.getId()).getResultList());
            if (same.getMinutes() == minutes && before.equals(people)) {
                return new Recorded(same, true);
            }
            throw new DomainException(409, "SESSION_EXISTS", Text.of(
                    "这一天已登记过同一授课内容的考勤，学时不会重复计算；如是另一节课，请在授课内容中注明（如“上午”“下午”）",
                    "Attendance for this topic on this day is already recorded, and hours are never counted twice;"
                            + " for another class that day, say so in the topic (such as \"morning\", \"afternoon\")"),
                    List.of(new FieldMessage("topic", Text.of("当天已有同名授课内容", "already recorded on this day"))));
        }
        AttendanceSession session = new AttendanceSession(course.getId(), heldOn, minutes, topic, staff.username());
        em.persist(session);
        em.flush();
        for (Enrolment e : present) {
            em.persist(new Attendance(session.getId(), e.getId(), minutes));
            e.attended(minutes);
        }
        audit.record(staff, "ATTENDANCE_RECORDED", "Course", courseId, present.size() + " present, " + minutes + " min");
        return new Recorded(session, false);
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
