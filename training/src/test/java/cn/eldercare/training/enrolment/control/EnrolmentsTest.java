package cn.eldercare.training.enrolment.control;

import cn.eldercare.platform.audit.AuditEvent;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.eldercare.training.enrolment.entity.EnrolmentStatus.CANCELLED;
import static cn.eldercare.training.enrolment.entity.EnrolmentStatus.ENROLLED;
import static cn.eldercare.training.enrolment.entity.EnrolmentStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrolment with capacity and a waiting list, through Enrolments and Waitlist on H2, one transaction per call. */
class EnrolmentsTest {

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
        base = f.base();
        staff = f.staffOf(base);
    }

    private List<Caregiver> caregivers(int n) {
        List<Caregiver> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.caregiver(staff));
        }
        return out;
    }

    private Enrolment enrol(Caller caller, Course c, Caregiver g) {
        return f.tx(() -> f.enrolments.enrol(caller, c.getId(), g.getId()));
    }

    private Enrolment cancel(Caller caller, Enrolment e) {
        return f.tx(() -> f.enrolments.cancel(caller, e.getId()));
    }

    private Enrolment reload(Enrolment e) {
        try {
            return f.em.find(Enrolment.class, e.getId());
        } finally {
            f.em.clear();
        }
    }

    private EnrolmentStatus status(Enrolment e) {
        return reload(e).getStatus();
    }

    private long position(Enrolment e) {
        return f.waitlist.position(reload(e));
    }

    private void assertCounts(Course c, int enrolled, int waiting) {
        Course now = f.reloadCourse(c.getId());
        assertEquals(enrolled, now.getEnrolledCount(), "enrolled count");
        assertEquals(waiting, now.getWaitingCount(), "waiting count");
        // the counters agree with the rows
        assertEquals(enrolled, f.db.rows("SELECT id FROM enrolment WHERE course_id = ? AND status = 'ENROLLED'", c.getId()).size());
        assertEquals(waiting, f.db.rows("SELECT id FROM enrolment WHERE course_id = ? AND status = 'WAITING'", c.getId()).size());
    }

    private List<String> auditActions(Enrolment e) {
        return f.em.createQuery("SELECT a FROM AuditEvent a WHERE a.entityType = 'Enrolment' AND a.entityId = :id ORDER BY a.id",
                AuditEvent.class).setParameter("id", e.getId()).getResultList().stream().map(AuditEvent::getAction).toList();
    }

    @Test
    void seatsUpToCapacityThenQueuesInOrder() {
        Course c = f.course(staff, 2);
        List<Caregiver> g = caregivers(4);
        List<Enrolment> e = g.stream().map(x -> enrol(staff, c, x)).toList();

        assertEquals(List.of(ENROLLED, ENROLLED, WAITING, WAITING), e.stream().map(Enrolment::getStatus).toList());
        assertCounts(c, 2, 2);
        assertEquals(List.of(0L, 0L, 1L, 2L), e.stream().map(this::position).toList());
        assertEquals(List.of("ENROLLED"), auditActions(e.get(0)));
        assertEquals(List.of("WAITLISTED"), auditActions(e.get(3)));
        assertEquals(staff.username(), e.get(0).getEnrolledBy());
        assertNotNull(e.get(0).getEnrolledAt());
    }

    @Test
    void cancellingASeatPromotesTheFirstInLine() {
        Course c = f.course(staff, 2);
        List<Caregiver> g = caregivers(4);
        List<Enrolment> e = g.stream().map(x -> enrol(staff, c, x)).toList();

        Enrolment cancelled = cancel(staff, e.get(0));
        assertEquals(CANCELLED, cancelled.getStatus());
        assertEquals(staff.username(), cancelled.getCancelledBy());
        assertEquals(ENROLLED, status(e.get(2)), "the first in line takes the seat");
        assertNotNull(reload(e.get(2)).getPromotedAt());
        assertEquals(WAITING, status(e.get(3)));
        assertEquals(1, position(e.get(3)), "the second in line moves up");
        assertCounts(c, 2, 1);
        assertEquals(List.of("WAITLISTED", "PROMOTED_FROM_WAITLIST"), auditActions(e.get(2)));
        assertEquals(List.of("ENROLLED", "ENROLMENT_CANCELLED"), auditActions(e.get(0)));

        // the caregiver cancels their own seat: the last in line is promoted
        cancel(f.caregiverCaller(g.get(1)), e.get(1));
        assertEquals(ENROLLED, status(e.get(3)));
        assertCounts(c, 2, 0);
    }

    @Test
    void cancellingAWaitingPlaceShortensTheQueueWithoutPromotion() {
        Course c = f.course(staff, 1);
        List<Caregiver> g = caregivers(4);
        List<Enrolment> e = g.stream().map(x -> enrol(staff, c, x)).toList();

        cancel(staff, e.get(1));
        assertEquals(ENROLLED, status(e.get(0)));
        assertEquals(List.of(0L, 1L, 2L), List.of(position(e.get(1)), position(e.get(2)), position(e.get(3))));
        assertCounts(c, 1, 2);
        assertNull(reload(e.get(2)).getPromotedAt());
    }

    @Test
    void aNewcomerQueuesBehindTheWaitingListEvenAfterACancellation() {
        Course c = f.course(staff, 1);
        List<Caregiver> g = caregivers(3);
        Enrolment first = enrol(staff, c, g.get(0));
        Enrolment second = enrol(staff, c, g.get(1));
        cancel(staff, first);
        assertEquals(ENROLLED, status(second));
        Enrolment third = enrol(staff, c, g.get(2));
        assertEquals(WAITING, third.getStatus());
        assertCounts(c, 1, 1);
    }

    @Test
    void cancellingTwiceIsAConflict() {
        Course c = f.course(staff, 3);
        Enrolment e = enrol(staff, c, f.caregiver(staff));
        cancel(staff, e);
        f.refused(409, "ALREADY_CANCELLED", () -> f.enrolments.cancel(staff, e.getId()));
        assertCounts(c, 0, 0);
    }

    @Test
    void noSecondActiveEnrolmentButANewOneAfterCancelling() {
        Course c = f.course(staff, 1);
        Caregiver seated = f.caregiver(staff);
        Caregiver queued = f.caregiver(staff);
        Enrolment e1 = enrol(staff, c, seated);
        Enrolment q1 = enrol(staff, c, queued);

        f.refused(409, "ALREADY_ENROLLED", () -> f.enrolments.enrol(staff, c.getId(), seated.getId()));
        f.refused(409, "ALREADY_ENROLLED", () -> f.enrolments.enrol(f.caregiverCaller(queued), c.getId(), null));
        assertCounts(c, 1, 1);

        cancel(staff, e1);
        assertEquals(ENROLLED, status(q1));
        Enrolment e2 = enrol(staff, c, seated);
        assertNotEquals(e1.getId(), e2.getId());
        assertEquals(WAITING, e2.getStatus());
        cancel(staff, e2);
        Enrolment e3 = enrol(staff, c, seated);
        assertEquals(WAITING, e3.getStatus(), "cancelled rows do not block a third enrolment");

        Page<Enrolment> history = f.enrolments.ofCaregiver(seated.getId(), PageRequest.of(0, 10));
        assertEquals(3, history.total());
        assertEquals(List.of(e3.getId(), e2.getId(), e1.getId()), history.items().stream().map(Enrolment::getId).toList(),
                "newest first");
        f.em.clear();
    }

    @Test
    void theDatabaseRefusesASecondActiveEnrolmentOnItsOwn() {
        Course c = f.course(staff, 5);
        Caregiver g = f.caregiver(staff);
        Enrolment first = new Enrolment(c.getId(), g.getId(), true, "raw");
        f.run(() -> f.em.persist(first));

        assertThrows(PersistenceException.class, () -> f.run(() -> f.em.persist(new Enrolment(c.getId(), g.getId(), false, "raw"))),
                "enrolment_active_unique (course_id, active_caregiver_id)");

        f.run(() -> f.em.find(Enrolment.class, first.getId()).cancel("raw"));
        Enrolment second = new Enrolment(c.getId(), g.getId(), true, "raw");
        f.run(() -> f.em.persist(second));
        f.run(() -> f.em.find(Enrolment.class, second.getId()).cancel("raw"));
        f.run(() -> f.em.persist(new Enrolment(c.getId(), g.getId(), true, "raw")));
        assertEquals(3, f.db.rows("SELECT id FROM enrolment WHERE course_id = ? AND caregiver_id = ?", c.getId(), g.getId()).size());

        // the same caregiver may be active in another course at the same time
        Course other = f.course(staff, 5);
        f.run(() -> f.em.persist(new Enrolment(other.getId(), g.getId(), true, "raw")));
    }

    @Test
    void aCaregiverEnrolsOnlyThemself() {
        Course c = f.course(staff, 5);
        Caregiver me = f.caregiver(staff);
        Caregiver someoneElse = f.caregiver(staff);
        Caller caller = f.caregiverCaller(me);

        Enrolment e = f.tx(() -> f.enrolments.enrol(caller, c.getId(), null));
        assertEquals(me.getId(), e.getCaregiverId());
        assertEquals(caller.username(), e.getEnrolledBy());
        f.refused(403, "FORBIDDEN", () -> f.enrolments.enrol(caller, c.getId(), someoneElse.getId()));
        f.refused(403, "FORBIDDEN", () -> f.enrolments.cancel(f.caregiverCaller(someoneElse), e.getId()));
        assertEquals(ENROLLED, status(e));
    }

    @Test
    void staffMustNameAnExistingCaregiver() {
        Course c = f.course(staff, 5);
        DomainException e = f.refused(400, "INVALID_INPUT", () -> f.enrolments.enrol(staff, c.getId(), null));
        assertEquals(List.of("caregiverId"), e.fields().stream().map(FieldMessage::field).toList());
        f.refused(404, "NOT_FOUND", () -> f.enrolments.enrol(staff, c.getId(), 999_999_999L));
        Caregiver g = f.caregiver(staff);
        f.refused(404, "NOT_FOUND", () -> f.enrolments.enrol(staff, 999_999_999L, g.getId()));
        f.refused(404, "NOT_FOUND", () -> f.enrolments.cancel(staff, 999_999_999L));
        TrainingFixture.refusedNoTx(404, "NOT_FOUND", () -> f.enrolments.visible(staff, 999_999_999L));
        assertCounts(c, 0, 0);
    }

    @Test
    void anotherBasesStaffIsRefusedEverywhere() {
        Course c = f.course(staff, 5);
        Caregiver g = f.caregiver(staff);
        Enrolment e = enrol(staff, c, g);
        TrainingBase otherBase = f.base();
        Caller intruder = f.staffOf(otherBase);
        Caller intrudingAssessor = f.assessorOf(otherBase);

        Caregiver theirs = f.caregiver(intruder);
        f.refused(403, "FORBIDDEN", () -> f.enrolments.enrol(intruder, c.getId(), theirs.getId()));
        f.refused(403, "FORBIDDEN", () -> f.enrolments.cancel(intruder, e.getId()));
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.enrolments.roster(intruder, c.getId(), null, PageRequest.of(0, 10)));
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.enrolments.visible(intruder, e.getId()));
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.enrolments.visible(intrudingAssessor, e.getId()));
        assertEquals(ENROLLED, status(e));
        assertCounts(c, 1, 0);
    }

    @Test
    void whoMaySeeAndWhoMayCancel() {
        Course c = f.course(staff, 5);
        Caregiver g = f.caregiver(staff);
        Enrolment e = enrol(staff, c, g);

        assertEquals(e.getId(), f.enrolments.visible(f.regulator(), e.getId()).getId());
        assertEquals(e.getId(), f.enrolments.visible(f.assessorOf(base), e.getId()).getId());
        assertEquals(e.getId(), f.enrolments.visible(f.caregiverCaller(g), e.getId()).getId());
        TrainingFixture.refusedNoTx(403, "FORBIDDEN", () -> f.enrolments.visible(f.caregiverCaller(f.caregiver(staff)), e.getId()));

        f.refused(403, "FORBIDDEN", () -> f.enrolments.cancel(f.assessorOf(base), e.getId()));
        f.refused(403, "FORBIDDEN", () -> f.enrolments.cancel(f.regulator(), e.getId()));
        assertEquals(ENROLLED, status(e));
        f.em.clear();
    }

    @Test
    void rosterFiltersByStatusAndPages() {
        Course c = f.course(staff, 2);
        List<Enrolment> e = caregivers(5).stream().map(x -> enrol(staff, c, x)).toList();
        cancel(staff, e.get(4));

        Page<Enrolment> all = f.enrolments.roster(staff, c.getId(), null, PageRequest.of(0, 2));
        assertEquals(5, all.total());
        assertEquals(List.of(e.get(0).getId(), e.get(1).getId()), all.items().stream().map(Enrolment::getId).toList());
        Page<Enrolment> last = f.enrolments.roster(staff, c.getId(), null, PageRequest.of(2, 2));
        assertEquals(List.of(e.get(4).getId()), last.items().stream().map(Enrolment::getId).toList());
        assertEquals(2, last.page());
        assertEquals(2, last.size());

        Page<Enrolment> waiting = f.enrolments.roster(f.regulator(), c.getId(), WAITING, PageRequest.of(0, 10));
        assertEquals(2, waiting.total());
        assertEquals(List.of(e.get(2).getId(), e.get(3).getId()), waiting.items().stream().map(Enrolment::getId).toList());
        assertEquals(1, f.enrolments.roster(f.assessorOf(base), c.getId(), CANCELLED, PageRequest.of(0, 10)).total());
        assertTrue(f.enrolments.roster(staff, c.getId(), ENROLLED, PageRequest.of(1, 10)).items().isEmpty());
        f.em.clear();
    }

    @Test
    void fillFreePlacesPromotesInQueueOrderUntilFull() {
        Course c = f.course(staff, 1);
        List<Enrolment> e = caregivers(4).stream().map(x -> enrol(staff, c, x)).toList();
        List<Enrolment> promoted = f.tx(() -> {
            Course locked = f.enrolments.lock(c.getId());
            locked.describe(locked.getTitle(), 3, locked.getStartsOn(), locked.getEndsOn(), locked.getSchedule(),
                    locked.getDeliveryMode(), locked.isSubsidyEligible(), locked.getModules());
            return f.waitlist.fillFreePlaces(locked);
        });
        assertEquals(List.of(e.get(1).getId(), e.get(2).getId()), promoted.stream().map(Enrolment::getId).toList());
        assertEquals(1, position(e.get(3)));
        assertCounts(c, 3, 1);
        assertTrue(f.tx(() -> f.waitlist.fillFreePlaces(f.enrolments.lock(c.getId()))).isEmpty(), "nothing to do when full");
    }
}
