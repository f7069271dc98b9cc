package cn.eldercare.training.caregiver.control;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.caregiver.entity.WorkRecord;
import cn.eldercare.training.eligibility.entity.CandidateProfile;
import cn.eldercare.training.eligibility.entity.HeldCertificate;
import cn.eldercare.training.eligibility.entity.WorkPeriod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Work history and prior certificates, and the candidate profile the eligibility rules read, on H2. */
class CaregiverHistoryTest {

    private static final LocalDate JAN_2015 = LocalDate.of(2015, 1, 1);

    private static TrainingFixture f;

    private TrainingBase base;
    private Caller staff;
    private Caregiver caregiver;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void freshCaregiver() {
        base = f.base();
        staff = f.staffOf(base);
        caregiver = f.caregiver(staff);
    }

    @Test
    void workAndCertificatesMakeTheCandidateProfile() {
        f.tx(() -> f.history.addWork(staff, caregiver.getId(), "郑州颐养院", LocalDate.of(2018, 3, 1), null, true));
        f.tx(() -> f.history.addWork(f.caregiverCaller(caregiver), caregiver.getId(), "超市", JAN_2015, LocalDate.of(2017, 12, 31), false));
        f.tx(() -> f.history.addPriorCertificate(staff, caregiver.getId(), "YLHLY", 5, "SKILL", "5-001", LocalDate.of(2019, 6, 1)));

        assertEquals(List.of("超市", "郑州颐养院"), f.tx(() -> f.history.work(caregiver.getId())).stream().map(WorkRecord::getEmployer).toList(),
                "oldest first");
        CandidateProfile profile = f.tx(() -> f.history.profile(f.caregivers.visible(staff, caregiver.getId())));
        assertEquals(List.of(new WorkPeriod(JAN_2015, LocalDate.of(2017, 12, 31), false), new WorkPeriod(LocalDate.of(2018, 3, 1), null, true)),
                profile.workPeriods());
        assertEquals(List.of(new HeldCertificate("YLHLY", 5, LocalDate.of(2019, 6, 1))), profile.certificates());
    }

    @Test
    void datesMustBeInOrderAndNotInTheFuture() {
        f.refused(400, "INVALID_INPUT", () -> f.history.addWork(staff, caregiver.getId(), "A", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), true));
        f.refused(400, "INVALID_INPUT", () -> f.history.addWork(staff, caregiver.getId(), "A", LocalDate.now().plusDays(1), null, true));
        f.refused(400, "INVALID_INPUT", () -> f.history.addPriorCertificate(staff, caregiver.getId(), "YLHLY", 5, "SKILL", "x",
                LocalDate.now().plusDays(1)));
        f.refused(400, "INVALID_INPUT", () -> f.history.addPriorCertificate(staff, caregiver.getId(), "YLHLY", 9, "SKILL", "x", JAN_2015));
        assertEquals(List.of(), f.tx(() -> f.history.work(caregiver.getId())));
        assertEquals(List.of(), f.tx(() -> f.history.certificates(caregiver.getId())));
    }

    @Test
    void readOnlyRolesAndOtherBasesCannotEdit() {
        f.refused(403, "FORBIDDEN", () -> f.history.addWork(f.regulator(), caregiver.getId(), "A", JAN_2015, null, true));
        f.refused(403, "FORBIDDEN", () -> f.history.addWork(f.assessorOf(base), caregiver.getId(), "A", JAN_2015, null, true));
        Caller otherBase = f.staffOf(f.base());
        f.refused(403, "FORBIDDEN", () -> f.history.addWork(otherBase, caregiver.getId(), "A", JAN_2015, null, true));
    }
}
