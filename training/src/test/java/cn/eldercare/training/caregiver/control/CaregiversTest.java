package cn.eldercare.training.caregiver.control;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.identity.ResidentIdNumbers;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.eligibility.entity.Education;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Caregiver records on H2: the ID number protected at rest, lookups by blind index, and who sees whom. */
class CaregiversTest {

    private static TrainingFixture f;
    private static int sequence = 100;

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
        base = f.base();
        staff = f.staffOf(base);
    }

    /** A fresh valid number from a region the fixture does not use, so it cannot collide with fixture caregivers. */
    private static String freshIdNumber(LocalDate born) {
        return ResidentIdNumbers.generate("410105", born, sequence++);
    }

    /** A fresh valid number whose check character is X. */
    private static String freshIdNumberEndingInX() {
        while (true) {
            String id = freshIdNumber(LocalDate.of(1972, 9, 23));
            if (id.endsWith("X")) {
                return id;
            }
        }
    }

    private Caregiver register(Caller who, String idNumber, String name) {
        return f.tx(() -> f.caregivers.register(who, idNumber, TrainingFixture.profile(name)));
    }

    private List<Long> ids(Page<Caregiver> page) {
        f.em.clear();
        return page.items().stream().map(Caregiver::getId).toList();
    }

    @Test
    void theIdNumberIsStoredOnlyEncryptedHashedAndMasked() {
        String plain = freshIdNumber(LocalDate.of(1978, 3, 12));
        Caregiver g = register(staff, plain, "王秀英");

        Map<String, Object> row = f.db.rows("SELECT * FROM caregiver WHERE id = ?", g.getId()).get(0);
        row.forEach((column, value) -> assertFalse(value != null && String.valueOf(value).contains(plain),
                () -> "column " + column + " holds the plain ID number"));
        row.forEach((column, value) -> assertFalse(value != null && String.valueOf(value).contains(plain.substring(6, 17)),
                () -> "column " + column + " holds the birth date and sequence digits of the ID number"));
        for (Map<String, Object> audit : f.db.rows("SELECT * FROM audit_event WHERE entity_id = ?", g.getId())) {
            audit.forEach((column, value) -> assertFalse(value != null && String.valueOf(value).contains(plain),
                    () -> "audit column " + column + " holds the plain ID number"));
        }

        String masked = (String) row.get("ID_NUMBER_MASKED");
        assertEquals(plain.substring(0, 6) + "********" + plain.substring(14), masked);
        assertTrue(masked.matches("410105\\*{8}[0-9X]{4}"), masked);
        assertEquals(masked, g.getIdNumberMasked());
        assertEquals(f.pii.blindIndex(plain), String.valueOf(row.get("ID_NUMBER_HASH")).strip());
        assertEquals(plain, f.pii.decrypt((String) row.get("ID_NUMBER_CIPHER")), "the cipher opens with the PII key");

        assertEquals(LocalDate.of(1978, 3, 12), g.getBirthDate(), "derived from the number");
        assertEquals(ResidentIdNumber.parse(plain).gender(), g.getGender());
        assertEquals(base.getId(), g.getRegisteredByBaseId());
        assertEquals("王秀英", g.getName());
        assertEquals(SubsidyCategory.OTHER, g.getSubsidyCategory());
        assertEquals(Education.SENIOR_MIDDLE, g.getEducation());
        assertEquals(staff.username(), row.get("CREATED_BY"));
    }

    @Test
    void lookupByBlindIndex() {
        String plain = freshIdNumber(LocalDate.of(1981, 1, 2));
        Caregiver g = register(staff, plain, "张桂芝");

        assertEquals(g.getId(), f.caregivers.findByIdNumber(ResidentIdNumber.parse(plain)).orElseThrow().getId());
        assertTrue(f.caregivers.findByIdNumber(ResidentIdNumber.parse(freshIdNumber(LocalDate.of(1981, 1, 2)))).isEmpty());

        Page<Caregiver> found = f.caregivers.list(staff, null, " " + plain + " ", PageRequest.of(0, 10));
        assertEquals(1, found.total());
        assertEquals(List.of(g.getId()), ids(found));
        // whoever holds the full number finds that one person, even at another base
        Caller elsewhere = f.staffOf(f.base());
        assertEquals(List.of(g.getId()), ids(f.caregivers.list(elsewhere, null, plain, PageRequest.of(0, 10))));
        f.em.clear();
    }

    @Test
    void aLowerCaseXFindsTheSamePerson() {
        String plain = freshIdNumberEndingInX();
        Caregiver g = register(staff, plain.toLowerCase(), "刘桂兰");
        assertTrue(g.getIdNumberMasked().endsWith("X"));
        assertEquals(g.getId(), f.caregivers.findByIdNumber(ResidentIdNumber.parse(plain)).orElseThrow().getId());
        assertEquals(List.of(g.getId()), ids(f.caregivers.list(staff, null, plain.toLowerCase(), PageRequest.of(0, 10))));
        f.refused(409, "CAREGIVER_EXISTS", () -> f.caregivers.register(staff, plain, TrainingFixture.profile("again")));
    }

    @Test
    void aDuplicateIdNumberIsAConflict() {
        String plain = freshIdNumber(LocalDate.of(1990, 6, 1));
        register(staff, plain, "第一次");
        Caller otherBase = f.staffOf(f.base());
        DomainException e = f.refused(409, "CAREGIVER_EXISTS", () -> f.caregivers.register(otherBase, plain, TrainingFixture.profile("第二次")));
        assertFalse(e.getMessage().contains(plain));
        f.refused(409, "CAREGIVER_EXISTS", () -> f.caregivers.register(staff, "  " + plain + " ", TrainingFixture.profile("第三次")));
        assertEquals(1, f.db.rows("SELECT id FROM caregiver WHERE id_number_hash = ?", f.pii.blindIndex(plain)).size());
    }

    @Test
    void anInvalidIdNumberIsRefusedWithoutRepeatingIt() {
        String plain = freshIdNumber(LocalDate.of(1985, 2, 3));
        String mistyped = plain.substring(0, 17) + (plain.charAt(17) == '0' ? '1' : '0');
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.caregivers.register(staff, mistyped, TrainingFixture.profile("x")));
        assertEquals("idNumber", e.fields().get(0).field());
        assertFalse(e.fields().get(0).message().zh().contains(mistyped));
        assertFalse(e.fields().get(0).message().en().contains(mistyped));
        f.refused(400, "INVALID_INPUT", () -> f.caregivers.register(staff, "12345", TrainingFixture.profile("x")));
        TrainingFixture.refusedNoTx(400, "INVALID_INPUT", () -> f.caregivers.list(staff, null, mistyped, PageRequest.of(0, 10)));
    }

    @Test
    void aGenderThatContradictsTheNumberIsRefused() {
        String woman = ResidentIdNumbers.generate("410105", LocalDate.of(1970, 5, 20), 2 * (sequence++));
        CaregiverProfile saysMan = new CaregiverProfile("x", Gender.MALE, null, null, false, false, false, SubsidyCategory.OTHER);
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.caregivers.register(staff, woman, saysMan));
        assertEquals("gender", e.fields().get(0).field());
        CaregiverProfile saysWoman = new CaregiverProfile("x", Gender.FEMALE, null, null, false, false, false, SubsidyCategory.OTHER);
        Caregiver g = f.tx(() -> f.caregivers.register(staff, woman, saysWoman));
        assertEquals(Gender.FEMALE, g.getGender());
        f.refused(400, "INVALID_INPUT", () -> f.caregivers.update(staff, g.getId(), saysMan));
    }

    @Test
    void whoSeesWhom() {
        Caregiver g = register(staff, freshIdNumber(LocalDate.of(1975, 4, 4)), "可见性");
        TrainingBase otherBase = f.base();
        Caller otherStaff = f.staffOf(otherBase);

        assertEquals(g.getId(), f.caregivers.visible(staff, g.getId()).getId());
        assertEquals(g.getId(), f.caregivers.visible(f.assessorOf(base), g.getId()).getId());
        assertEquals(g.getId(), f.caregivers.visible(f.regulator(), g.getId()).getId());
        assertEquals(g.getId(), f.caregivers.visible(f.caregiverCaller(g), g.getId()).getId());
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.caregivers.visible(otherStaff, g.getId()));
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.caregivers.visible(f.assessorOf(otherBase), g.getId()));
        Caregiver someoneElse = f.caregiver(staff);
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.caregivers.visible(f.caregiverCaller(someoneElse), g.getId()));
        TrainingFixture.refusedNoTx(404, "NOT_FOUND", () -> f.caregivers.visible(f.regulator(), 999_999_999L));

        // once enrolled in one of its courses, the other base sees the caregiver too
        Course course = f.course(otherStaff, 5);
        f.tx(() -> f.enrolments.enrol(otherStaff, course.getId(), g.getId()));
        assertEquals(g.getId(), f.caregivers.visible(otherStaff, g.getId()).getId());
        f.em.clear();
    }

    @Test
    void listShowsEachBaseItsOwnAndPages() {
        String tag = "列表" + sequence++;
        Caregiver a1 = register(staff, freshIdNumber(LocalDate.of(1980, 1, 1)), tag + "甲");
        Caregiver a2 = register(staff, freshIdNumber(LocalDate.of(1980, 1, 1)), tag + "乙");
        Caregiver a3 = register(staff, freshIdNumber(LocalDate.of(1980, 1, 1)), "别名" + tag);
        TrainingBase otherBase = f.base();
        Caller otherStaff = f.staffOf(otherBase);
        Caregiver b1 = register(otherStaff, freshIdNumber(LocalDate.of(1980, 1, 1)), tag + "丙");

        Page<Caregiver> mine = f.caregivers.list(staff, tag, null, PageRequest.of(0, 10));
        assertEquals(3, mine.total());
        assertEquals(List.of(a1.getId(), a2.getId(), a3.getId()), ids(mine), "name contains the tag, own base only, by id");
        assertEquals(List.of(b1.getId()), ids(f.caregivers.list(otherStaff, tag, null, PageRequest.of(0, 10))));
        assertEquals(List.of(a1.getId(), a2.getId(), a3.getId(), b1.getId()),
                ids(f.caregivers.list(f.regulator(), tag, null, PageRequest.of(0, 10))), "the regulator sees every base");
        assertEquals(List.of(a2.getId()), ids(f.caregivers.list(staff, tag + "乙", null, PageRequest.of(0, 10))));
        assertEquals(3, f.caregivers.list(f.assessorOf(base), tag, null, PageRequest.of(0, 10)).total());

        Page<Caregiver> second = f.caregivers.list(staff, tag, null, PageRequest.of(1, 2));
        assertEquals(3, second.total());
        assertEquals(List.of(a3.getId()), ids(second));

        // enrolling a1 in the other base's course makes a1 part of that base's list
        Course course = f.course(otherStaff, 5);
        f.tx(() -> f.enrolments.enrol(otherStaff, course.getId(), a1.getId()));
        assertEquals(List.of(a1.getId(), b1.getId()), ids(f.caregivers.list(otherStaff, tag, null, PageRequest.of(0, 10))));

        // name and ID number together
        assertEquals(0, f.caregivers.list(staff, "没有这个名字", f.pii.decrypt(f.caregivers.get(a2.getId()).getIdNumberCipher()),
                PageRequest.of(0, 10)).total());
        f.em.clear();
    }

    @Test
    void updateKeepsTheIdNumberAndRefusesReadOnlyRoles() {
        String plain = freshIdNumber(LocalDate.of(1969, 12, 31));
        Caregiver g = register(staff, plain, "旧名字");
        CaregiverProfile changed = new CaregiverProfile("新名字", null, "13900000000", Education.COLLEGE, true, false, true,
                SubsidyCategory.EMPLOYED);
        f.tx(() -> f.caregivers.update(f.caregiverCaller(g), g.getId(), changed));
        Caregiver found = f.caregivers.get(g.getId());
        assertEquals("新名字", found.getName());
        assertEquals("13900000000", f.caregivers.phone(found));
        String stored = (String) f.db.rows("SELECT phone_cipher FROM caregiver WHERE id = ?", g.getId()).get(0).get("PHONE_CIPHER");
        assertFalse(stored.contains("13900000000"), "stored encrypted: " + stored);
        assertEquals(Education.COLLEGE, found.getEducation());
        assertTrue(found.isEducationInField());
        assertTrue(found.isApprenticeshipCompleted());
        assertEquals(SubsidyCategory.EMPLOYED, found.getSubsidyCategory());
        assertEquals(plain, f.pii.decrypt(found.getIdNumberCipher()));
        f.em.clear();

        f.refused(403, "FORBIDDEN", () -> f.caregivers.update(f.regulator(), g.getId(), changed));
        f.refused(403, "FORBIDDEN", () -> f.caregivers.update(f.assessorOf(base), g.getId(), changed));
        Caller otherBase = f.staffOf(f.base());
        f.refused(403, "FORBIDDEN", () -> f.caregivers.update(otherBase, g.getId(), changed));
    }
}
