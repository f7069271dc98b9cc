package cn.eldercare.platform.persistence;

import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.audit.AuditEvent;
import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.attendance.entity.Attendance;
import cn.eldercare.training.attendance.entity.AttendanceSession;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.caregiver.entity.PriorCertificate;
import cn.eldercare.platform.pii.ProtectedIdNumber;
import cn.eldercare.training.caregiver.entity.WorkRecord;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.course.entity.SyllabusModule;
import cn.eldercare.training.eligibility.entity.Education;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import cn.eldercare.training.occupation.entity.Occupation;
import cn.eldercare.training.occupation.entity.OccupationLevel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entity of the persistence unit against the Flyway schema on H2: it persists, reloads
 * from the database (not the persistence context) with the same values, including java.time
 * values, enums and element collections.
 */
class EntityMappingTest {

    private static TrainingFixture f;
    private static EntityManager em;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
        em = f.em;
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static <T> T persist(T entity) {
        f.run(() -> em.persist(entity));
        return entity;
    }

    private static <T> T reload(Class<T> type, Object id) {
        em.clear();
        T found = em.find(type, id);
        assertNotNull(found, type.getSimpleName() + " " + id + " was not stored");
        return found;
    }

    private static TrainingBase newBase(String uscc, Set<Accreditation> scope) {
        TrainingBase b = new TrainingBase("郑州市养老护理培训中心", uscc, "41", "郑州", "S", "0123", "000456", "regulator");
        b.accredit(scope);
        return persist(b);
    }

    private static Caregiver newCaregiver(String hash) {
        Caregiver g = new Caregiver(new ProtectedIdNumber("c1pher==", hash, "410102********0021"), Gender.FEMALE,
                LocalDate.of(1970, 5, 20), null, "staff-1");
        g.updateProfile("李四", "13912345678", Education.TECHNICAL_SCHOOL, true, false, true, SubsidyCategory.RURAL_MIGRANT_WORKER);
        return persist(g);
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void seededOccupationsAndLevelsLoad() {
        List<Occupation> all = f.occupations.all();
        assertEquals(List.of("JTZHZ", "LNZH", "XFSS", "YLHLY"), all.stream().map(Occupation::getCode).toList());
        Occupation caregiver = all.get(3);
        assertEquals("养老护理员", caregiver.getName().zh());
        assertEquals("Elderly caregiver", caregiver.getName().en());
        assertTrue(caregiver.isLeveled());
        assertFalse(all.get(0).isLeveled());

        assertEquals(180, f.occupations.requireLevel("YLHLY", 5).getStandardHours());
        assertEquals(16, f.occupations.requireLevel("JTZHZ", Occupation.NO_LEVEL).getStandardHours());
        List<OccupationLevel> levels = f.occupations.levels();
        assertEquals(12, levels.size());
        assertEquals(List.of(5, 4, 3, 2, 1), levels.stream().filter(l -> l.getOccupationCode().equals("YLHLY"))
                .map(OccupationLevel::getLevel).toList());
    }

    @Test
    void occupationLevelHoursChangeIsStored() {
        try {
            f.run(() -> f.occupations.requireLevel("XFSS", 5).changeStandardHours(95));
            em.clear();
            assertEquals(95, f.occupations.requireLevel("XFSS", 5).getStandardHours());
            assertEquals(95, ((Number) f.db.rows("SELECT standard_hours FROM occupation_level WHERE occupation_code = 'XFSS' AND level = 5")
                    .get(0).get("STANDARD_HOURS")).intValue());
        } finally {
            f.run(() -> f.occupations.requireLevel("XFSS", 5).changeStandardHours(90)); // the database is shared
        }
    }

    @Test
    void trainingBaseWithAccreditations() {
        TrainingBase b = newBase("914101000000000001",
                Set.of(new Accreditation("YLHLY", 5), new Accreditation("YLHLY", 4), new Accreditation("LNZH", 3)));
        TrainingBase found = reload(TrainingBase.class, b.getId());
        assertEquals("郑州市养老护理培训中心", found.getName());
        assertEquals("914101000000000001", found.getUscc());
        assertEquals("41", found.getProvinceCode());
        assertEquals("郑州", found.getCity());
        assertEquals("S", found.getBodyType());
        assertEquals("0123", found.getBodyCode());
        assertEquals("000456", found.getSiteCode());
        assertEquals(Set.of(new Accreditation("YLHLY", 5), new Accreditation("YLHLY", 4), new Accreditation("LNZH", 3)),
                found.getAccreditations());
        assertTrue(found.mayAssess("LNZH", 3));
        assertFalse(found.mayAssess("LNZH", 4));

        f.run(() -> em.find(TrainingBase.class, b.getId()).accredit(Set.of(new Accreditation("XFSS", 5))));
        assertEquals(Set.of(new Accreditation("XFSS", 5)), reload(TrainingBase.class, b.getId()).getAccreditations());
        assertEquals(1, f.db.rows("SELECT * FROM base_accreditation WHERE base_id = ?", b.getId()).size());
    }

    @Test
    void idsComeFromTheSharedSequence() {
        TrainingBase b = newBase("914101000000000002", Set.of());
        AuditEvent a = persist(new AuditEvent(Clock.now(), "x", "REGULATOR", "TEST", "None", 1, null));
        // EclipseLink takes NEXT VALUE as the last id of a block of 50, so the first ids are 951..1000.
        assertTrue(b.getId() > 0 && a.getId() > 0);
        assertFalse(b.getId().equals(a.getId()));
    }

    @Test
    void courseWithOrderedModulesDatesAndEnum() {
        TrainingBase b = newBase("914101000000000003", Set.of(new Accreditation("YLHLY", 4)));
        Course c = new Course(b.getId(), "YLHLY", 4, 150, "staff-1");
        c.describe("养老护理员四级周末班", 30, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), "周六 9:00-17:00",
                DeliveryMode.BLENDED, true,
                List.of(new SyllabusModule(2, "生活照护", 100), new SyllabusModule(1, "职业道德", 10), new SyllabusModule(3, "康复", 40)));
        c.seatTaken();
        c.joinedQueue();
        persist(c);

        Course found = reload(Course.class, c.getId());
        assertEquals(b.getId(), found.getBaseId());
        assertEquals("YLHLY", found.getOccupationCode());
        assertEquals(4, found.getLevel());
        assertEquals(150, found.getStandardHours());
        assertEquals("养老护理员四级周末班", found.getTitle());
        assertEquals(30, found.getCapacity());
        assertEquals(LocalDate.of(2026, 3, 1), found.getStartsOn());
        assertEquals(LocalDate.of(2026, 6, 30), found.getEndsOn());
        assertEquals("周六 9:00-17:00", found.getSchedule());
        assertEquals(DeliveryMode.BLENDED, found.getDeliveryMode());
        assertTrue(found.isSubsidyEligible());
        assertEquals(1, found.getEnrolledCount());
        assertEquals(1, found.getWaitingCount());
        assertEquals("staff-1", found.getCreatedBy());
        assertEquals(List.of(1, 2, 3), found.getModules().stream().map(SyllabusModule::position).toList());
        assertEquals(List.of("职业道德", "生活照护", "康复"), found.getModules().stream().map(SyllabusModule::title).toList());
        assertEquals(List.of(10, 100, 40), found.getModules().stream().map(SyllabusModule::hours).toList());
        assertEquals("BLENDED", f.db.rows("SELECT delivery_mode FROM course WHERE id = ?", c.getId()).get(0).get("DELIVERY_MODE"));

        f.run(() -> em.find(Course.class, c.getId()).describe("改名", 31, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 7, 1), "周日",
                DeliveryMode.ONLINE, false, List.of(new SyllabusModule(1, "全部", 150))));
        Course changed = reload(Course.class, c.getId());
        assertEquals("改名", changed.getTitle());
        assertEquals(DeliveryMode.ONLINE, changed.getDeliveryMode());
        assertFalse(changed.isSubsidyEligible());
        assertEquals(1, changed.getModules().size());
        assertEquals(1, f.db.rows("SELECT * FROM course_module WHERE course_id = ?", c.getId()).size());
    }

    @Test
    void caregiverWithEnumsAndDates() {
        Caregiver g = newCaregiver(hash('a'));
        Caregiver found = reload(Caregiver.class, g.getId());
        assertEquals("李四", found.getName());
        assertEquals(Gender.FEMALE, found.getGender());
        assertEquals("c1pher==", found.getIdNumberCipher());
        assertEquals("410102********0021", found.getIdNumberMasked());
        assertEquals(LocalDate.of(1970, 5, 20), found.getBirthDate());
        assertEquals("13912345678", found.getPhoneCipher());
        assertEquals(Education.TECHNICAL_SCHOOL, found.getEducation());
        assertTrue(found.isEducationInField());
        assertFalse(found.isFinalYearStudent());
        assertTrue(found.isApprenticeshipCompleted());
        assertEquals(SubsidyCategory.RURAL_MIGRANT_WORKER, found.getSubsidyCategory());
        assertNull(found.getRegisteredByBaseId());
        Map<String, Object> row = f.db.rows("SELECT * FROM caregiver WHERE id = ?", g.getId()).get(0);
        assertEquals("FEMALE", row.get("GENDER"));
        assertEquals("RURAL_MIGRANT_WORKER", row.get("SUBSIDY_CATEGORY"));
        assertEquals(hash('a'), row.get("ID_NUMBER_HASH"));
    }

    @Test
    void theIdNumberHashIsUnique() {
        newCaregiver(hash('b'));
        assertThrows(PersistenceException.class, () -> newCaregiver(hash('b')));
    }

    @Test
    void workRecordsAndPriorCertificates() {
        Caregiver g = newCaregiver(hash('c'));
        WorkRecord open = persist(new WorkRecord(g.getId(), "幸福养老院", LocalDate.of(2019, 4, 1), null, true));
        WorkRecord closed = persist(new WorkRecord(g.getId(), "超市", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31), false));
        PriorCertificate cert = persist(new PriorCertificate(g.getId(), "YLHLY", 5, "QUALIFICATION", "1141000000000123",
                LocalDate.of(2016, 8, 1), "staff-1"));

        WorkRecord w = reload(WorkRecord.class, open.getId());
        assertEquals(g.getId(), w.getCaregiverId());
        assertEquals("幸福养老院", w.getEmployer());
        assertEquals(LocalDate.of(2019, 4, 1), w.getFromDate());
        assertNull(w.getToDate());
        assertTrue(w.isRelated());
        WorkRecord c = reload(WorkRecord.class, closed.getId());
        assertEquals(LocalDate.of(2018, 12, 31), c.getToDate());
        assertFalse(c.isRelated());

        PriorCertificate p = reload(PriorCertificate.class, cert.getId());
        assertEquals(g.getId(), p.getCaregiverId());
        assertEquals("YLHLY", p.getOccupationCode());
        assertEquals(5, p.getLevel());
        assertEquals("QUALIFICATION", p.getKind());
        assertEquals("1141000000000123", p.getNumber());
        assertEquals(LocalDate.of(2016, 8, 1), p.getIssuedOn());
        assertEquals("staff-1", p.getRecordedBy());

        assertEquals(List.of(closed.getId(), open.getId()), f.history.work(g.getId()).stream().map(WorkRecord::getId).toList());
        assertEquals(1, f.history.certificates(g.getId()).size());
    }

    @Test
    void enrolmentThroughItsLifecycle() {
        TrainingBase b = newBase("914101000000000004", Set.of());
        Course course = new Course(b.getId(), "JTZHZ", 0, 16, "staff-1");
        course.describe("家庭照护者公益课", 10, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), "两天", DeliveryMode.OFFLINE,
                false, List.of());
        persist(course);
        Caregiver g = newCaregiver(hash('d'));

        Enrolment e = persist(new Enrolment(course.getId(), g.getId(), false, "staff-1"));
        Enrolment waiting = reload(Enrolment.class, e.getId());
        assertEquals(course.getId(), waiting.getCourseId());
        assertEquals(g.getId(), waiting.getCaregiverId());
        assertEquals(EnrolmentStatus.WAITING, waiting.getStatus());
        assertEquals("staff-1", waiting.getEnrolledBy());
        assertNotNull(waiting.getEnrolledAt());
        assertNull(waiting.getPromotedAt());
        assertEquals(g.getId(), ((Number) f.db.rows("SELECT active_caregiver_id FROM enrolment WHERE id = ?", e.getId())
                .get(0).get("ACTIVE_CAREGIVER_ID")).longValue());

        f.run(() -> {
            Enrolment m = em.find(Enrolment.class, e.getId());
            m.promote();
            m.attended(90);
            m.attended(45);
        });
        Enrolment promoted = reload(Enrolment.class, e.getId());
        assertEquals(EnrolmentStatus.ENROLLED, promoted.getStatus());
        assertNotNull(promoted.getPromotedAt());
        assertEquals(135, promoted.getAttendedMinutes());

        f.run(() -> em.find(Enrolment.class, e.getId()).cancel("caregiver-9"));
        Enrolment cancelled = reload(Enrolment.class, e.getId());
        assertEquals(EnrolmentStatus.CANCELLED, cancelled.getStatus());
        assertEquals("caregiver-9", cancelled.getCancelledBy());
        assertNotNull(cancelled.getCancelledAt());
        Map<String, Object> row = f.db.rows("SELECT status, active_caregiver_id, version FROM enrolment WHERE id = ?", e.getId()).get(0);
        assertEquals("CANCELLED", row.get("STATUS"));
        assertNull(row.get("ACTIVE_CAREGIVER_ID"));
        assertTrue(((Number) row.get("VERSION")).longValue() >= 2, "the version counts the two updates");
    }

    @Test
    void attendanceAndScores() {
        TrainingBase b = newBase("914101000000000005", Set.of());
        Course course = new Course(b.getId(), "YLHLY", 2, 90, "staff-1");
        course.describe("二级", 10, LocalDate.of(2025, 1, 5), LocalDate.of(2025, 3, 6), "周末", DeliveryMode.OFFLINE, true, List.of());
        persist(course);
        Caregiver g = newCaregiver(hash('e'));
        Enrolment e = persist(new Enrolment(course.getId(), g.getId(), true, "staff-1"));

        AttendanceSession s = persist(new AttendanceSession(course.getId(), LocalDate.of(2025, 1, 5), 240, "职业道德", "staff-1"));
        Attendance a = persist(new Attendance(s.getId(), e.getId(), 240));
        AttendanceSession session = reload(AttendanceSession.class, s.getId());
        assertEquals(course.getId(), session.getCourseId());
        assertEquals(LocalDate.of(2025, 1, 5), session.getHeldOn());
        assertEquals(240, session.getMinutes());
        assertEquals("职业道德", session.getTopic());
        assertEquals("staff-1", session.getRecordedBy());
        assertNotNull(session.getRecordedAt());
        Attendance attendance = reload(Attendance.class, a.getId());
        assertEquals(s.getId(), attendance.getSessionId());
        assertEquals(e.getId(), attendance.getEnrolmentId());
        assertEquals(240, attendance.getMinutes());
        assertThrows(PersistenceException.class, () -> persist(new Attendance(s.getId(), e.getId(), 240)),
                "one attendance per session and enrolment");

        AssessmentScore score = persist(new AssessmentScore(e.getId(), AssessmentPart.REVIEW, 1, 75, "张,王,李", "assessor-1"));
        AssessmentScore found = reload(AssessmentScore.class, score.getId());
        assertEquals(e.getId(), found.getEnrolmentId());
        assertEquals(AssessmentPart.REVIEW, found.getPart());
        assertEquals(1, found.getAttempt());
        assertEquals(75, found.getScore());
        assertTrue(found.isPassed());
        assertEquals("张,王,李", found.getPanel());
        assertEquals("assessor-1", found.getEnteredBy());
        assertNotNull(found.getEnteredAt());
        assertThrows(PersistenceException.class,
                () -> persist(new AssessmentScore(e.getId(), AssessmentPart.REVIEW, 1, 80, "a,b,c", "assessor-1")),
                "one score per enrolment, part and attempt");
    }

    @Test
    void auditEventKeepsTheInstantOfAnOffsetDateTime() {
        OffsetDateTime beijing = OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 123_456_000, ZoneOffset.ofHours(8));
        AuditEvent a = persist(new AuditEvent(beijing, "staff-1", "BASE_STAFF", "COURSE_CREATED", "Course", 42L, "细节"));
        AuditEvent found = reload(AuditEvent.class, a.getId());
        assertTrue(beijing.isEqual(found.getAt()), () -> "stored " + beijing + ", read " + found.getAt());
        assertEquals("staff-1", found.getActor());
        assertEquals("BASE_STAFF", found.getActorRole());
        assertEquals("COURSE_CREATED", found.getAction());
        assertEquals("Course", found.getEntityType());
        assertEquals(42L, found.getEntityId());
        assertEquals("细节", found.getDetail());
    }

    @Test
    void utcTimestampsFromTheClockComeBackUnchanged() {
        OffsetDateTime now = Clock.now().truncatedTo(ChronoUnit.MICROS);
        assertEquals(ZoneOffset.UTC, now.getOffset());
        AuditEvent a = persist(new AuditEvent(now, "x", "REGULATOR", "TEST", "None", 1, null));
        assertEquals(now, reload(AuditEvent.class, a.getId()).getAt());
    }

    @Test
    void userAccount() {
        TrainingBase b = newBase("914101000000000006", Set.of());
        UserAccount u = persist(new UserAccount("zhang.san", "pbkdf2-sha256$1$AA==$AA==", Role.BASE_STAFF, "张三", b.getId(), null));
        UserAccount found = reload(UserAccount.class, u.getId());
        assertEquals("zhang.san", found.getUsername());
        assertEquals("pbkdf2-sha256$1$AA==$AA==", found.getPasswordHash());
        assertEquals(Role.BASE_STAFF, found.getRole());
        assertEquals("张三", found.getDisplayName());
        assertEquals(b.getId(), found.getBaseId());
        assertNull(found.getCaregiverId());
        assertEquals(new Caller(u.getId(), "zhang.san", Role.BASE_STAFF, b.getId(), null), found.asCaller());
        assertThrows(PersistenceException.class,
                () -> persist(new UserAccount("zhang.san", "x", Role.REGULATOR, "重名", null, null)), "usernames are unique");
    }
}
