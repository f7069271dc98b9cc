package cn.eldercare.platform.audit;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.testing.Beans;
import cn.eldercare.testing.TrainingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail is written in the caller's transaction and read back by the regulator's filtered list. */
class AuditTrailTest {

    private static TrainingFixture f;
    private static final AuditResource resource = new AuditResource();

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
        Beans.wire(f.em, resource);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static final Caller ACTOR = new Caller(5, "audit-actor", Role.BASE_STAFF, 1L, null);

    @Test
    void recordsWhoWhatWhichAndWhen() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        f.run(() -> f.audit.record(ACTOR, "AUDIT_TEST", "Thing", 77, "details"));
        Page<AuditResource.AuditView> page = resource.list("audit-actor", "AUDIT_TEST", null, null, PageRequest.of(0, 10));
        assertEquals(1, page.total());
        AuditResource.AuditView v = page.items().get(0);
        assertEquals("audit-actor", v.actor());
        assertEquals("BASE_STAFF", v.actorRole());
        assertEquals("AUDIT_TEST", v.action());
        assertEquals("Thing", v.entityType());
        assertEquals(77, v.entityId());
        assertEquals("details", v.detail());
        assertTrue(v.at().isAfter(before));
        f.em.clear();
    }

    @Test
    void aRolledBackChangeLeavesNoTrail() {
        assertThrows(IllegalStateException.class, () -> f.run(() -> {
            f.audit.record(ACTOR, "AUDIT_ROLLED_BACK", "Thing", 1, null);
            throw new IllegalStateException("the change fails");
        }));
        assertEquals(0, resource.list(null, "AUDIT_ROLLED_BACK", null, null, PageRequest.of(0, 10)).total());
    }

    @Test
    void theRegulatorsListFiltersAndShowsNewestFirst() {
        f.run(() -> {
            for (int i = 0; i < 5; i++) {
                f.audit.record(ACTOR, "AUDIT_LIST", i % 2 == 0 ? "Even" : "Odd", i, null);
            }
        });
        Page<AuditResource.AuditView> all = resource.list(null, "AUDIT_LIST", null, null, PageRequest.of(0, 10));
        assertEquals(5, all.total());
        assertEquals(List.of(4L, 3L, 2L, 1L, 0L), all.items().stream().map(AuditResource.AuditView::entityId).toList());
        assertEquals(List.of(4L, 2L, 0L), resource.list(null, "AUDIT_LIST", "Even", null, PageRequest.of(0, 10)).items().stream()
                .map(AuditResource.AuditView::entityId).toList());
        assertEquals(List.of(3L), resource.list("audit-actor", "AUDIT_LIST", "Odd", 3L, PageRequest.of(0, 10)).items().stream()
                .map(AuditResource.AuditView::entityId).toList());
        Page<AuditResource.AuditView> second = resource.list(null, "AUDIT_LIST", null, null, PageRequest.of(1, 2));
        assertEquals(5, second.total());
        assertEquals(List.of(2L, 1L), second.items().stream().map(AuditResource.AuditView::entityId).toList());
        assertEquals(0, resource.list("nobody", "AUDIT_LIST", null, null, PageRequest.of(0, 10)).total());
        f.em.clear();
    }
}
