package cn.eldercare.training.course.control;

import cn.eldercare.platform.audit.AuditEvent;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.course.entity.SyllabusModule;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.eldercare.training.course.entity.DeliveryMode.BLENDED;
import static cn.eldercare.training.course.entity.DeliveryMode.OFFLINE;
import static cn.eldercare.training.course.entity.DeliveryMode.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Course creation, update (with the waiting list) and the filtered, paged catalogue, on H2. */
class CoursesTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private static TrainingFixture f;

    private TrainingBase base;
    private Caller staff;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void freshBase() {
        base = f.base(new Accreditation("YLHLY", 4), new Accreditation("YLHLY", 3), new Accreditation("LNZH", 3));
        staff = f.staffOf(base);
    }

    private static CourseDraft draft(String occupation, int level, String title, int capacity, LocalDate starts, DeliveryMode mode,
                                     boolean subsidy) {
        return new CourseDraft(occupation, level, title, capacity, starts, starts.plusWeeks(8), "周六", mode, subsidy, List.of());
    }

    private Course create(CourseDraft d) {
        return f.tx(() -> f.courses.create(staff, d));
    }

    private List<String> auditActions(String type, long id) {
        List<String> out = f.em.createQuery("SELECT a FROM AuditEvent a WHERE a.entityType = :t AND a.entityId = :id ORDER BY a.id",
                AuditEvent.class).setParameter("t", type).setParameter("id", id).getResultList().stream().map(AuditEvent::getAction).toList();
        f.em.clear();
        return out;
    }

    private long coursesAtBase() {
        return f.db.rows("SELECT id FROM course WHERE base_id = ?", base.getId()).size();
    }

    private static List<FieldMessage> fields(DomainException e) {
        return e.fields();
    }

    // ------------------------------------------------------------------ create

    @Test
    void createTakesStandardHoursFromTheOccupationLevelAndKeepsModules() {
        CourseDraft d = new CourseDraft("YLHLY", 4, "养老护理员四级", 30, MARCH, MARCH.plusMonths(3), "周六 9:00-17:00", BLENDED, true,
                List.of(new SyllabusModule(1, "职业道德", 10), new SyllabusModule(2, "生活照护", 100), new SyllabusModule(3, "基础护理", 40)));
        Course c = create(d);

        Course found = f.courses.get(c.getId());
        assertEquals(base.getId(), found.getBaseId());
        assertEquals(150, found.getStandardHours());
        assertEquals("养老护理员四级", found.getTitle());
        assertEquals(30, found.getCapacity());
        assertEquals(MARCH, found.getStartsOn());
        assertEquals(MARCH.plusMonths(3), found.getEndsOn());
        assertEquals(BLENDED, found.getDeliveryMode());
        assertTrue(found.isSubsidyEligible());
        assertEquals(0, found.getEnrolledCount());
        assertEquals(0, found.getWaitingCount());
        assertEquals(staff.username(), found.getCreatedBy());
        assertEquals(List.of("职业道德", "生活照护", "基础护理"), found.getModules().stream().map(SyllabusModule::title).toList());
        f.em.clear();
        assertEquals(List.of("COURSE_CREATED"), auditActions("Course", c.getId()));

        assertEquals(80, create(draft("LNZH", 3, "1+X", 10, MARCH, ONLINE, false)).getStandardHours());
    }

    @Test
    void thePublicCourseNeedsNoAccreditation() {
        Course c = create(draft("JTZHZ", 0, "家庭照护者公益课", 50, MARCH, OFFLINE, false));
        assertEquals(16, c.getStandardHours());
    }

    @Test
    void aLevelTheBaseIsNotAccreditedForIsRefused() {
        f.refused(422, "NOT_ACCREDITED", () -> f.courses.create(staff, draft("YLHLY", 5, "五级", 10, MARCH, OFFLINE, true)));
        f.refused(422, "NOT_ACCREDITED", () -> f.courses.create(staff, draft("XFSS", 3, "消防", 10, MARCH, OFFLINE, true)));
        assertEquals(0, coursesAtBase());
    }

    @Test
    void anOccupationLevelThatDoesNotExistIsInvalid() {
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.courses.create(staff, draft("LNZH", 1, "x", 10, MARCH, OFFLINE, true)));
        assertEquals("level", fields(e).get(0).field());
        f.refused(400, "INVALID_INPUT", () -> f.courses.create(staff, draft("NOPE", 3, "x", 10, MARCH, OFFLINE, true)));
        f.refused(400, "INVALID_INPUT", () -> f.courses.create(staff, draft("JTZHZ", 3, "x", 10, MARCH, OFFLINE, true)));
        assertEquals(0, coursesAtBase());
    }

    @Test
    void aCourseCannotEndBeforeItStarts() {
        CourseDraft backwards = new CourseDraft("YLHLY", 4, "x", 10, MARCH, MARCH.minusDays(1), "周六", OFFLINE, true, List.of());
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.courses.create(staff, backwards));
        assertEquals("endsOn", fields(e).get(0).field());
        assertEquals(0, coursesAtBase());
        CourseDraft oneDay = new CourseDraft("YLHLY", 4, "x", 10, MARCH, MARCH, "周六", OFFLINE, true, List.of());
        assertEquals(MARCH, create(oneDay).getEndsOn());
    }

    @Test
    void getUnknownIsNotFound() {
        TrainingFixture.refusedNoTx(404, "NOT_FOUND", () -> f.courses.get(999_999_999L));
        f.refused(404, "NOT_FOUND", () -> f.courses.update(staff, 999_999_999L, draft("YLHLY", 4, "x", 1, MARCH, OFFLINE, true)));
    }

    // ------------------------------------------------------------------ update

    @Test
    void updateChangesTheDescription() {
        Course c = create(draft("YLHLY", 4, "旧名", 10, MARCH, OFFLINE, true));
        CourseDraft changed = new CourseDraft("YLHLY", 4, "新名", 12, MARCH.plusDays(7), MARCH.plusMonths(4), "周日", ONLINE, false,
                List.of(new SyllabusModule(1, "只有一个模块", 150)));
        f.tx(() -> f.courses.update(staff, c.getId(), changed));

        Course found = f.reloadCourse(c.getId());
        assertEquals("新名", found.getTitle());
        assertEquals(12, found.getCapacity());
        assertEquals(MARCH.plusDays(7), found.getStartsOn());
        assertEquals(ONLINE, found.getDeliveryMode());
        assertEquals(false, found.isSubsidyEligible());
        assertEquals(List.of("只有一个模块"), found.getModules().stream().map(SyllabusModule::title).toList());
        assertEquals(List.of("COURSE_CREATED", "COURSE_UPDATED"), auditActions("Course", c.getId()));
    }

    @Test
    void onlyTheOwnBaseMayUpdate() {
        Course c = create(draft("YLHLY", 4, "本基地", 10, MARCH, OFFLINE, true));
        Caller other = f.staffOf(f.base());
        f.refused(403, "FORBIDDEN", () -> f.courses.update(other, c.getId(), draft("YLHLY", 4, "抢", 99, MARCH, OFFLINE, true)));
        assertEquals("本基地", f.reloadCourse(c.getId()).getTitle());
    }

    @Test
    void occupationAndLevelAreFixed() {
        Course c = create(draft("YLHLY", 4, "x", 10, MARCH, OFFLINE, true));
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.courses.update(staff, c.getId(), draft("YLHLY", 3, "x", 10, MARCH, OFFLINE, true)));
        assertEquals("level", fields(e).get(0).field());
        f.refused(400, "INVALID_INPUT", () -> f.courses.update(staff, c.getId(), draft("LNZH", 4, "x", 10, MARCH, OFFLINE, true)));
        CourseDraft backwards = new CourseDraft("YLHLY", 4, "x", 10, MARCH, MARCH.minusDays(1), "周六", OFFLINE, true, List.of());
        assertEquals("endsOn", fields(f.refused(400, "INVALID_INPUT", () -> f.courses.update(staff, c.getId(), backwards))).get(0).field());
    }

    private List<Enrolment> fill(Course c, int people) {
        List<Enrolment> out = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Caregiver g = f.caregiver(staff);
            out.add(f.tx(() -> f.enrolments.enrol(staff, c.getId(), g.getId())));
        }
        return out;
    }

    private EnrolmentStatus status(Enrolment e) {
        try {
            return f.em.find(Enrolment.class, e.getId()).getStatus();
        } finally {
            f.em.clear();
        }
    }

    @Test
    void capacityCannotDropBelowTheEnrolledButMayEqualIt() {
        Course c = create(draft("YLHLY", 4, "x", 3, MARCH, OFFLINE, true));
        fill(c, 3);
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.courses.update(staff, c.getId(), draft("YLHLY", 4, "x", 2, MARCH, OFFLINE, true)));
        assertEquals("capacity", fields(e).get(0).field());
        assertEquals(3, f.reloadCourse(c.getId()).getCapacity());
        f.tx(() -> f.courses.update(staff, c.getId(), draft("YLHLY", 4, "y", 3, MARCH, OFFLINE, true)));
        assertEquals("y", f.reloadCourse(c.getId()).getTitle());
    }

    @Test
    void raisingCapacitySeatsTheWaitingListInOrder() {
        Course c = create(draft("YLHLY", 4, "x", 1, MARCH, OFFLINE, true));
        List<Enrolment> e = fill(c, 4);
        Course updated = f.tx(() -> f.courses.update(staff, c.getId(), draft("YLHLY", 4, "x", 3, MARCH, OFFLINE, true)));
        assertEquals(3, updated.getEnrolledCount());
        assertEquals(1, updated.getWaitingCount());
        assertEquals(List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING),
                e.stream().map(this::status).toList());
        Course found = f.reloadCourse(c.getId());
        assertEquals(3, found.getEnrolledCount());
        assertEquals(1, found.getWaitingCount());
    }

    /**
     * A promotion from the waiting list is recorded when a cancellation frees the seat
     * (PROMOTED_FROM_WAITLIST); it should be recorded the same way when a larger capacity frees it.
     */
    @Test
    void raisingCapacityRecordsEachPromotionInTheAuditTrailLikeACancellationDoes() {
        Course c = create(draft("YLHLY", 4, "x", 1, MARCH, OFFLINE, true));
        List<Enrolment> e = fill(c, 3);
        f.tx(() -> f.courses.update(staff, c.getId(), draft("YLHLY", 4, "x", 2, MARCH, OFFLINE, true)));
        assertEquals(EnrolmentStatus.ENROLLED, status(e.get(1)));
        assertEquals(List.of("WAITLISTED", "PROMOTED_FROM_WAITLIST"), auditActions("Enrolment", e.get(1).getId()));
    }

    // ------------------------------------------------------------------ catalogue (Where)

    private List<Long> ids(Page<Course> page) {
        f.em.clear();
        return page.items().stream().map(Course::getId).toList();
    }

    private Page<Course> list(Long baseId, String occupation, Integer level, DeliveryMode mode, Boolean subsidy, LocalDate from,
                              String title, int page, int size) {
        return f.courses.list(new CourseFilter(baseId, occupation, level, mode, subsidy, from, title), PageRequest.of(page, size));
    }

    private Page<Course> list(String occupation, Integer level, DeliveryMode mode, Boolean subsidy, LocalDate from, String title) {
        return list(base.getId(), occupation, level, mode, subsidy, from, title, 0, 20);
    }

    @Test
    void catalogueFiltersOnlyByWhatIsGivenAndPages() {
        Course c1 = create(draft("YLHLY", 4, "养老护理员四级 周末班", 10, MARCH, OFFLINE, true));
        Course c2 = create(draft("YLHLY", 3, "养老护理员三级 晚班", 10, MARCH.plusMonths(1), ONLINE, false));
        Course c3 = create(draft("LNZH", 3, "老年照护 1+X", 10, MARCH.minusMonths(1), BLENDED, true));
        Course c4 = create(draft("JTZHZ", 0, "家庭照护者公益课", 10, MARCH.plusMonths(2), OFFLINE, false));
        Course c5 = create(draft("YLHLY", 4, "养老护理员四级 平日班", 10, MARCH, ONLINE, true));
        long x1 = c1.getId(), x2 = c2.getId(), x3 = c3.getId(), x4 = c4.getId(), x5 = c5.getId();

        Page<Course> all = list(null, null, null, null, null, null);
        assertEquals(5, all.total());
        assertEquals(List.of(x3, x1, x5, x2, x4), ids(all), "by start date, then id");

        assertEquals(List.of(x1, x5, x2), ids(list("YLHLY", null, null, null, null, null)));
        assertEquals(List.of(x1, x5), ids(list(null, 4, null, null, null, null)));
        assertEquals(List.of(x4), ids(list(null, 0, null, null, null, null)));
        assertEquals(List.of(x5, x2), ids(list(null, null, ONLINE, null, null, null)));
        assertEquals(List.of(x2, x4), ids(list(null, null, null, false, null, null)));
        assertEquals(List.of(x1, x5, x2, x4), ids(list(null, null, null, null, MARCH, null)), "the start date is inclusive");
        assertEquals(List.of(x1, x5), ids(list(null, null, null, null, null, "四级")));
        assertEquals(List.of(x1, x5), ids(list(null, null, null, null, null, "  四级 ")), "the title is stripped");
        assertEquals(5, list(null, null, null, null, null, "  ").total(), "a blank title is no filter");
        assertEquals(List.of(x5), ids(list("YLHLY", 4, ONLINE, true, MARCH, "平日")), "all filters together");
        assertEquals(0, list("YLHLY", 4, BLENDED, null, null, null).total());

        Page<Course> first = list(base.getId(), null, null, null, null, null, null, 0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of(x3, x1), ids(first));
        assertEquals(List.of(x5, x2), ids(list(base.getId(), null, null, null, null, null, null, 1, 2)));
        Page<Course> last = list(base.getId(), null, null, null, null, null, null, 2, 2);
        assertEquals(List.of(x4), ids(last));
        assertEquals(5, last.total());
        Page<Course> beyond = list(base.getId(), null, null, null, null, null, null, 3, 2);
        assertTrue(beyond.items().isEmpty());
        assertEquals(5, beyond.total(), "the total does not depend on the page");

        TrainingBase empty = f.base();
        assertEquals(0, list(empty.getId(), null, null, null, null, null, null, 0, 20).total());
        assertTrue(list(null, null, null, null, null, null, null, 0, 100).total() >= 5, "no base filter: every base");
    }
}
