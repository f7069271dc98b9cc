package cn.eldercare.training.course.control;

import cn.eldercare.platform.audit.AuditTrail;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.base.control.Bases;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.occupation.control.Occupations;
import cn.eldercare.training.occupation.entity.Occupation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Courses: base staff run their own base's; everyone signed in can browse the catalogue. */
@ApplicationScoped
public class Courses {

    @PersistenceContext
    EntityManager em;
    @Inject
    Bases bases;
    @Inject
    Occupations occupations;
    @Inject
    AuditTrail audit;
    @Inject
    Event<CourseResized> resized;

    @Transactional
    public Course create(Caller staff, CourseDraft d) {
        TrainingBase base = bases.get(staff.baseId());
        int hours = occupations.requireLevel(d.occupationCode(), d.level()).getStandardHours();
        if (d.level() != Occupation.NO_LEVEL && !base.mayAssess(d.occupationCode(), d.level())) {
            throw DomainException.unprocessable("NOT_ACCREDITED", Text.of(
                    "本基地未获准开展该职业该等级的培训评价", "This base is not accredited for that occupation and level"));
        }
        checkDates(d);
        Course course = new Course(base.getId(), d.occupationCode(), d.level(), hours, staff.username());
        course.describe(d.title(), d.capacity(), d.startsOn(), d.endsOn(), d.schedule(), d.mode(), d.subsidyEligible(), d.modules());
        em.persist(course);
        em.flush();
        audit.record(staff, "COURSE_CREATED", "Course", course.getId(), d.title());
        return course;
    }

    /** Occupation and level stay fixed once created; a larger capacity seats people from the waiting list. */
    @Transactional
    public Course update(Caller staff, long courseId, CourseDraft d) {
        Course course = lockOwn(staff, courseId);
        if (!course.getOccupationCode().equals(d.occupationCode()) || course.getLevel() != d.level()) {
            throw DomainException.invalid("level", Text.of("课程创建后不能更改职业或等级", "Occupation and level cannot change"));
        }
        if (d.capacity() < course.getEnrolledCount()) {
            throw DomainException.invalid("capacity", Text.of(
                    "容量不能少于已报名人数 " + course.getEnrolledCount(), "capacity below the " + course.getEnrolledCount() + " enrolled"));
        }
        checkDates(d);
        course.describe(d.title(), d.capacity(), d.startsOn(), d.endsOn(), d.schedule(), d.mode(), d.subsidyEligible(), d.modules());
        audit.record(staff, "COURSE_UPDATED", "Course", courseId, d.title());
        resized.fire(new CourseResized(staff, course));
        return course;
    }

    public Course get(long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw DomainException.notFound(Text.of("课程不存在", "No such course"));
        }
        return course;
    }

    /** The course, locked for the rest of the transaction, after checking the caller runs it. */
    public Course lockOwn(Caller staff, long courseId) {
        Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw DomainException.notFound(Text.of("课程不存在", "No such course"));
        }
        requireRunBy(staff, course);
        return course;
    }

    public static void requireRunBy(Caller staff, Course course) {
        if (!staff.is(Role.BASE_STAFF) || !staff.worksAt(course.getBaseId())) {
            throw DomainException.forbidden(Text.of("只能管理本基地的课程", "You can only manage your own base's courses"));
        }
    }

    public Page<Course> list(CourseFilter f, PageRequest page) {
        return new Where().eq("c.baseId", f.baseId()).eq("c.occupationCode", f.occupationCode()).eq("c.level", f.level())
                .eq("c.deliveryMode", f.mode()).eq("c.subsidyEligible", f.subsidyEligible())
                .atLeast("c.startsOn", f.startsFrom()).like("c.title", f.title())
                // every listed course shows its modules: one query for the page's modules (EclipseLink batch
                // fetching), not one per course
                .hint("eclipselink.batch", "c.modules").hint("eclipselink.batch.type", "IN")
                .page(em, "FROM Course c", "c", "c.startsOn, c.id", Course.class, page);
    }

    private static void checkDates(CourseDraft d) {
        if (d.endsOn().isBefore(d.startsOn())) {
            throw DomainException.invalid("endsOn", Text.of("结束日期早于开始日期", "ends before it starts"));
        }
    }
}
