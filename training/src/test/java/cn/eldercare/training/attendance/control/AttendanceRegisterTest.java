package cn.eldercare.training.attendance.control;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.attendance.entity.AttendanceSession;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class sessions and attendance minutes on H2. */
class AttendanceRegisterTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static TrainingFixture f;

    private TrainingBase base;
    private Caller staff;
    private Course course;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void freshCourse() {
        base = f.base();
        staff = f.staffOf(base);
        course = f.course(staff, 2);
    }

    private Enrolment enrol() {
        long g = f.caregiver(staff).getId();
        return f.tx(() -> f.enrolments.enrol(staff, course.getId(), g));
    }

    private int minutes(Enrolment e) {
        try {
            return f.em.find(Enrolment.class, e.getId()).getAttendedMinutes();
        } finally {
            f.em.clear();
        }
    }

    private AttendanceSession record(LocalDate day, int minutes, List<Long> attendees) {
        return f.tx(() -> f.attendance.record(staff, course.getId(), day, minutes, "课", attendees)).session();
    }

    @Test
    void theSameSessionSentAgainCountsOnce() {
        Enrolment a = enrol();
        Enrolment b = enrol();
        AttendanceRegister.Recorded first = f.tx(() -> f.attendance.record(staff, course.getId(), DAY, 240, "课", List.of(a.getId(), b.getId())));
        AttendanceRegister.Recorded again = f.tx(() -> f.attendance.record(staff, course.getId(), DAY, 240, "课", List.of(b.getId(), a.getId())));
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.session().getId(), again.session().getId());
        assertEquals(240, minutes(a));
        assertEquals(240, minutes(b));
        assertEquals(1, f.db.rows("SELECT id FROM attendance_session WHERE course_id = ?", course.getId()).size());
    }

    @Test
    void aDifferentSessionUnderTheSameDayAndTopicIsRefusedAndAnotherTopicIsAnotherClass() {
        Enrolment a = enrol();
        Enrolment b = enrol();
        record(DAY, 240, List.of(a.getId()));
        f.refused(409, "SESSION_EXISTS", () -> f.attendance.record(staff, course.getId(), DAY, 240, "课", List.of(a.getId(), b.getId())));
        f.refused(409, "SESSION_EXISTS", () -> f.attendance.record(staff, course.getId(), DAY, 180, "课", List.of(a.getId())));
        assertEquals(240, minutes(a));
        assertEquals(0, minutes(b));
        f.tx(() -> f.attendance.record(staff, course.getId(), DAY, 180, "课（下午）", List.of(a.getId())));
        assertEquals(420, minutes(a));
    }

    @Test
    void eachAttendanceAddsTheSessionsMinutesOnce() {
        Enrolment a = enrol();
        Enrolment b = enrol();
        AttendanceSession s1 = record(DAY, 240, List.of(a.getId(), b.getId(), a.getId()));
        record(DAY.plusDays(1), 180, List.of(a.getId()));
        assertEquals(420, minutes(a));
        assertEquals(240, minutes(b));
        assertEquals(2, f.db.rows("SELECT id FROM attendance WHERE session_id = ?", s1.getId()).size(), "the repeated id counts once");
        assertEquals(staff.username(), s1.getRecordedBy());
    }

    @Test
    void onlyEnrolledCaregiversOfThisCourseMayBeListed() {
        Enrolment a = enrol();
        enrol();
        Enrolment waiting = enrol();
        Course other = f.course(staff, 5);
        long g = f.caregiver(staff).getId();
        Enrolment elsewhere = f.tx(() -> f.enrolments.enrol(staff, other.getId(), g));

        f.refused(400, "INVALID_INPUT", () -> f.attendance.record(staff, course.getId(), DAY, 60, "x", List.of(a.getId(), waiting.getId())));
        f.refused(400, "INVALID_INPUT", () -> f.attendance.record(staff, course.getId(), DAY, 60, "x", List.of(elsewhere.getId())));
        f.refused(400, "INVALID_INPUT", () -> f.attendance.record(staff, course.getId(), DAY, 60, "x", List.of(999_999_999L)));
        f.refused(400, "INVALID_INPUT", () -> f.attendance.record(staff, course.getId(), DAY, 60, "x", List.of()));
        f.refused(400, "INVALID_INPUT", () -> f.attendance.record(staff, course.getId(), LocalDate.now().plusDays(2), 60, "x",
                List.of(a.getId())));
        assertEquals(0, minutes(a), "nothing was recorded");
    }

    @Test
    void anotherBaseMayNeitherRecordNorRead() {
        Enrolment a = enrol();
        Caller other = f.staffOf(f.base());
        f.refused(403, "FORBIDDEN", () -> f.attendance.record(other, course.getId(), DAY, 60, "x", List.of(a.getId())));
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.attendance.sessions(other, course.getId(), PageRequest.of(0, 10)));
    }

    @Test
    void sessionsAreListedByDateAndPaged() {
        Enrolment a = enrol();
        AttendanceSession late = record(DAY.plusDays(7), 60, List.of(a.getId()));
        AttendanceSession early = record(DAY, 60, List.of(a.getId()));
        AttendanceSession middle = record(DAY.plusDays(3), 60, List.of(a.getId()));
        Page<AttendanceSession> page = f.attendance.sessions(f.regulator(), course.getId(), PageRequest.of(0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of(early.getId(), middle.getId()), page.items().stream().map(AttendanceSession::getId).toList());
        assertEquals(List.of(late.getId()), f.attendance.sessions(f.assessorOf(base), course.getId(), PageRequest.of(1, 2)).items()
                .stream().map(AttendanceSession::getId).toList());
        f.em.clear();
    }
}
