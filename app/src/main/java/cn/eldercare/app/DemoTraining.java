package cn.eldercare.app;

import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.assessment.control.Assessments;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.attendance.control.AttendanceRegister;
import cn.eldercare.training.base.control.Bases;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.control.CaregiverHistory;
import cn.eldercare.training.caregiver.control.CaregiverProfile;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.course.control.CourseDraft;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.course.entity.SyllabusModule;
import cn.eldercare.training.eligibility.entity.Education;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The training part of the demo world, built through the control layer like any user would. */
@ApplicationScoped
public class DemoTraining {

    public record World(long zhengzhou, long xuchang, long xinxiang, List<Long> caregiverIds) {
    }

    private record Person(String name, String idNumber, String phone, Education education, SubsidyCategory category) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("王秀英", "410102197803120249", "13803710001", Education.JUNIOR_MIDDLE, SubsidyCategory.EMPLOYED),
            new Person("李娟", "411002198507060421", "13903740002", Education.TECHNICAL_SCHOOL, SubsidyCategory.REGISTERED_UNEMPLOYED),
            new Person("张伟", "410702199001180153", "13703730003", Education.COLLEGE, SubsidyCategory.EMPLOYED),
            new Person("刘桂兰", "41010519720923068X", "13603710004", Education.SENIOR_MIDDLE, SubsidyCategory.RURAL_MIGRANT_WORKER),
            new Person("陈静", "411023199504010863", "15803740005", Education.HIGHER_VOCATIONAL, SubsidyCategory.GRADUATE_NOT_IN_SCHOOL),
            new Person("杨丽", "410721198806151020", "15903730006", Education.TECHNICAL_SCHOOL, SubsidyCategory.RURAL_MIGRANT_WORKER),
            new Person("赵敏", "410103200102280646", "18803710007", Education.COLLEGE, SubsidyCategory.GRADUATE_NOT_IN_SCHOOL),
            new Person("黄建国", "411081196908300314", "18603740008", Education.JUNIOR_MIDDLE, SubsidyCategory.OTHER));

    @Inject
    Bases bases;
    @Inject
    Courses courses;
    @Inject
    Caregivers caregivers;
    @Inject
    CaregiverHistory history;
    @Inject
    Enrolments enrolments;
    @Inject
    AttendanceRegister attendance;
    @Inject
    Assessments assessments;

    public World seed(Caller regulator) {
        TrainingBase zz = bases.register(regulator, new TrainingBase("郑州市卫生健康学校（养老护理员培训基地）", "124100004175512348", "41",
                "郑州市", "S", "4101", "000001", "demo-seed"), scope("YLHLY", 5, 4, 3, 2, 1, "LNZH", 5, 4, 3, "JTZHZ", 0));
        TrainingBase xc = bases.register(regulator, new TrainingBase("许昌市颐养院（养老护理员评价机构）", "52411000MJ1234567B", "41",
                "许昌市", "Y", "4110", "000002", "demo-seed"), scope("YLHLY", 5, 4, 3, "XFSS", 5, 4, "JTZHZ", 0));
        TrainingBase xx = bases.register(regulator, new TrainingBase("新乡职业技术学院 养老服务学院", "12410700417888888H", "41",
                "新乡市", "S", "4107", "000003", "demo-seed"), scope("YLHLY", 5, 4, 3, 2, "LNZH", 5, 4, 3));
        Caller zzStaff = staff(zz, Role.BASE_STAFF);
        LocalDate today = LocalDate.now();
        Course zz5 = courses.create(zzStaff, draft("YLHLY", 5, "养老护理员（五级/初级工）春季班", 30, today.minusDays(20), "周一至周五 9:00-16:00"));
        Course zz4 = courses.create(zzStaff, draft("YLHLY", 4, "养老护理员（四级/中级工）提升班", 25, today.plusDays(10), "周六、周日 9:00-17:00"));
        courses.create(zzStaff, draft("YLHLY", 2, "养老护理员（二级/技师）研修班", 15, today.plusDays(30), "每月两期 集中研修"));
        courses.create(zzStaff, draft("JTZHZ", 0, "家庭照护者公益课程：失能老人居家照护", 60, today.plusDays(5), "每周三 14:30-16:30"));
        courses.create(staff(xc, Role.BASE_STAFF), draft("YLHLY", 4, "养老护理员（四级）在岗提升班", 3, today.plusDays(14), "周二、周四 晚上"));
        courses.create(staff(xc, Role.BASE_STAFF), draft("XFSS", 5, "消防设施操作员（五级）养老机构专班", 20, today.plusDays(21), "连续5天"));
        courses.create(staff(xx, Role.BASE_STAFF), draft("LNZH", 4, "1+X 老年照护（中级）", 40, today.plusDays(40), "学期内 每周二"));

        List<Long> ids = new ArrayList<>();
        for (Person p : PEOPLE) {
            ids.add(caregivers.register(zzStaff, p.idNumber(), new CaregiverProfile(p.name(), null, p.phone(), p.education(),
                    p.education() == Education.TECHNICAL_SCHOOL, false, false, p.category())).getId());
        }
        history.addWork(zzStaff, ids.get(0), "郑州市金水区颐和养老院", today.minusYears(6), null, true);
        history.addPriorCertificate(zzStaff, ids.get(0), "YLHLY", 5, "QUALIFICATION", "1341000000500123", today.minusYears(3));
        history.addWork(zzStaff, ids.get(1), "许昌市社区居家养老服务中心", today.minusMonths(18), null, true);

        List<Enrolment> cohort = new ArrayList<>();
        for (int i = 1; i < 6; i++) {
            cohort.add(enrolments.enrol(zzStaff, zz5.getId(), ids.get(i)));
        }
        enrolments.enrol(zzStaff, zz4.getId(), ids.get(0));
        List<Long> present = cohort.stream().map(Enrolment::getId).toList();
        for (int day = 18; day > 0; day -= 2) {
            attendance.record(zzStaff, zz5.getId(), today.minusDays(day), 480, "第" + (10 - day / 2) + "次课：生活照料与基础护理", present);
        }
        Caller assessor = staff(zz, Role.ASSESSOR);
        assessments.enter(assessor, cohort.get(0).getId(), AssessmentPart.THEORY, 86, null);
        assessments.enter(assessor, cohort.get(0).getId(), AssessmentPart.SKILL, 91, null);
        assessments.enter(assessor, cohort.get(1).getId(), AssessmentPart.THEORY, 55, null);
        assessments.enter(assessor, cohort.get(1).getId(), AssessmentPart.SKILL, 78, null);
        return new World(zz.getId(), xc.getId(), xx.getId(), ids);
    }

    private static Caller staff(TrainingBase base, Role role) {
        return new Caller(0, "demo-seed", role, base.getId(), null);
    }

    private static CourseDraft draft(String occupation, int level, String title, int capacity, LocalDate start, String schedule) {
        return new CourseDraft(occupation, level, title, capacity, start, start.plusDays(45), schedule, DeliveryMode.OFFLINE,
                !"JTZHZ".equals(occupation), List.of(new SyllabusModule(1, "职业道德与法律法规", 8),
                new SyllabusModule(2, "生活照料", 40), new SyllabusModule(3, "基础护理与康复服务", 40)));
    }

    /** Pairs of occupation code and the levels after it, e.g. ("YLHLY", 5, 4, "LNZH", 3). */
    private static Set<Accreditation> scope(Object... spec) {
        Set<Accreditation> set = new java.util.HashSet<>();
        String occupation = null;
        for (Object o : spec) {
            if (o instanceof String s) {
                occupation = s;
            } else {
                set.add(new Accreditation(occupation, (Integer) o));
            }
        }
        return set;
    }
}
