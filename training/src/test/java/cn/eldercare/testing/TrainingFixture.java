package cn.eldercare.testing;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.identity.ResidentIdNumbers;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.pii.PiiProtector;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.assessment.control.Assessments;
import cn.eldercare.training.attendance.control.AttendanceRegister;
import cn.eldercare.training.base.control.Bases;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.control.CaregiverHistory;
import cn.eldercare.training.caregiver.control.CaregiverProfile;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.platform.pii.IdNumbers;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.control.CourseDraft;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.course.entity.SyllabusModule;
import cn.eldercare.training.eligibility.entity.Education;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.control.Waitlist;
import cn.eldercare.training.occupation.control.Occupations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The training control beans wired by hand over one entity manager, as the container would give
 * them one transaction-scoped persistence context. Tests run each call in a transaction of their own
 * ({@link #tx}) and the persistence context is cleared after it, as it would be after a container
 * transaction. The database is {@link TestDatabase#shared()}: factories create bases, staff, caregivers
 * and courses with keys unique in the JVM, and tests look only at the rows they made.
 */
public final class TrainingFixture implements AutoCloseable {

    public static final byte[] PII_ENCRYPTION_KEY = bytes(32, 11);
    public static final byte[] PII_HASH_KEY = bytes(32, 77);

    public final TestDatabase db;
    public final EntityManager em;

    public final PiiProtector pii = new PiiProtector(PII_ENCRYPTION_KEY, PII_HASH_KEY);
    public final AuditTrail audit = new AuditTrail();
    public final Occupations occupations = new Occupations();
    public final Bases bases = new Bases();
    public final Courses courses = new Courses();
    public final Waitlist waitlist = new Waitlist();
    public final Enrolments enrolments = new Enrolments();
    public final IdNumbers idNumbers = new IdNumbers();
    public final Caregivers caregivers = new Caregivers();
    public final CaregiverHistory history = new CaregiverHistory();
    public final Assessments assessments = new Assessments();
    public final AttendanceRegister attendance = new AttendanceRegister();

    /** JVM-wide, since fixtures share the database: usernames, credit codes and ID numbers never repeat. */
    private static final AtomicInteger counter = new AtomicInteger();

    public TrainingFixture() {
        this(TestDatabase.shared());
    }

    public TrainingFixture(TestDatabase db) {
        this.db = db;
        em = db.newEntityManager();
        Beans.wire(em, pii, audit, occupations, bases, courses, waitlist, enrolments, idNumbers, caregivers, history,
                assessments, attendance, Beans.events(waitlist));
    }

    // ---------------------------------------------------------------- transactions

    /** Runs the work in a transaction of its own: committed if it returns, rolled back if it throws. */
    public <T> T tx(Supplier<T> work) {
        EntityTransaction t = em.getTransaction();
        t.begin();
        try {
            T result = work.get();
            t.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (t.isActive()) {
                t.rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    public void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    /** Asserts that the work, in a transaction, is refused with this status and code; the transaction is rolled back. */
    public DomainException refused(int status, String code, Supplier<?> work) {
        DomainException e = assertThrows(DomainException.class, () -> tx(work));
        assertEquals(status, e.status(), () -> "status of " + e.getMessage());
        assertEquals(code, e.code(), () -> "code of " + e.getMessage());
        return e;
    }

    public static DomainException refusedNoTx(int status, String code, Executable work) {
        DomainException e = assertThrows(DomainException.class, work);
        assertEquals(status, e.status(), () -> "status of " + e.getMessage());
        assertEquals(code, e.code(), () -> "code of " + e.getMessage());
        return e;
    }

    // ---------------------------------------------------------------- callers

    public Caller regulator() {
        int n = counter.incrementAndGet();
        return new Caller(n, "regulator-" + n, Role.REGULATOR, null, null);
    }

    public Caller staffOf(TrainingBase base) {
        int n = counter.incrementAndGet();
        return new Caller(n, "staff-" + n, Role.BASE_STAFF, base.getId(), null);
    }

    public Caller assessorOf(TrainingBase base) {
        int n = counter.incrementAndGet();
        return new Caller(n, "assessor-" + n, Role.ASSESSOR, base.getId(), null);
    }

    public Caller caregiverCaller(Caregiver g) {
        int n = counter.incrementAndGet();
        return new Caller(n, "caregiver-" + n, Role.CAREGIVER, null, g.getId());
    }

    // ---------------------------------------------------------------- data

    /** A base accredited for elderly caregiver levels 5 to 3. */
    public TrainingBase base() {
        return base(new Accreditation("YLHLY", 5), new Accreditation("YLHLY", 4), new Accreditation("YLHLY", 3));
    }

    public TrainingBase base(Accreditation... scope) {
        return base("培训基地" + counter.incrementAndGet(), "41", scope);
    }

    public TrainingBase base(String name, String province, Accreditation... scope) {
        String uscc = String.format("91%016d", counter.incrementAndGet());
        TrainingBase b = new TrainingBase(name, uscc, province, "郑州", "Y", "0001", "000001", "regulator");
        return tx(() -> bases.register(regulator(), b, Set.of(scope)));
    }

    /** A fresh, valid resident ID number, never used before in this fixture. */
    public String nextIdNumber() {
        int n = counter.incrementAndGet();
        return ResidentIdNumbers.generate("410102", LocalDate.of(1970, 1, 1).plusDays(n / 1000), n % 1000);
    }

    public static CaregiverProfile profile(String name) {
        return new CaregiverProfile(name, null, "13800138000", Education.SENIOR_MIDDLE, false, false, false,
                SubsidyCategory.OTHER);
    }

    public Caregiver caregiver(Caller staff) {
        return caregiver(staff, "学员" + counter.get());
    }

    public Caregiver caregiver(Caller staff, String name) {
        String idNumber = nextIdNumber();
        return tx(() -> caregivers.register(staff, idNumber, profile(name)));
    }

    public static CourseDraft draft(String title, int capacity, LocalDate startsOn) {
        return new CourseDraft("YLHLY", 4, title, capacity, startsOn, startsOn.plusMonths(2), "周六 9:00-17:00",
                DeliveryMode.OFFLINE, true, List.of(new SyllabusModule(1, "职业道德", 10), new SyllabusModule(2, "生活照护", 140)));
    }

    public Course course(Caller staff, int capacity) {
        return course(staff, "养老护理员四级 " + counter.incrementAndGet(), capacity, LocalDate.of(2026, 3, 1));
    }

    public Course course(Caller staff, String title, int capacity, LocalDate startsOn) {
        return tx(() -> courses.create(staff, draft(title, capacity, startsOn)));
    }

    public Course reloadCourse(long id) {
        try {
            return em.find(Course.class, id);
        } finally {
            em.clear();
        }
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + i * 7);
        }
        return b;
    }

    @Override
    public void close() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }
}
