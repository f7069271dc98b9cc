package cn.eldercare.platform.paging;

import cn.eldercare.platform.audit.AuditEvent;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The WHERE builder against H2, over audit events and training bases the test writes itself. */
class WhereTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static TrainingFixture f;
    private static EntityManager em;
    /** Ten events by two actors: ids ascending with i, "at" one hour apart, entityId = i % 3. */
    private static List<AuditEvent> events;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
        em = f.em;
        events = f.tx(() -> {
            List<AuditEvent> out = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                AuditEvent a = new AuditEvent(T0.plusHours(i), i % 2 == 0 ? "where-even" : "where-odd", "BASE_STAFF",
                        i < 5 ? "W_EARLY" : "W_LATE", "WhereTest", i % 3, "detail " + i);
                em.persist(a);
                out.add(a);
            }
            return out;
        });
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static List<Long> ids(int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> events.get(i).getId()).toList();
    }

    private static Page<AuditEvent> page(Where w, int page, int size) {
        Page<AuditEvent> p = w.always("a.entityType = 'WhereTest'").page(em, "FROM AuditEvent a", "a", "a.id", AuditEvent.class,
                PageRequest.of(page, size));
        em.clear();
        return p;
    }

    private static List<Long> all(Where w) {
        return page(w, 0, 100).items().stream().map(AuditEvent::getId).toList();
    }

    @Test
    void noFiltersGiveEverything() {
        Page<AuditEvent> p = page(new Where(), 0, 100);
        assertEquals(10, p.total());
        assertEquals(ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), p.items().stream().map(AuditEvent::getId).toList());
    }

    @Test
    void absentValuesLeaveNoClause() {
        Where w = new Where().eq("a.actor", null).like("a.detail", null).like("a.detail", "   ").atLeast("a.at", null)
                .clause("a.entityId = :x", "x", null);
        assertEquals(10, page(w, 0, 100).total());
    }

    @Test
    void eq() {
        assertEquals(ids(1, 3, 5, 7, 9), all(new Where().eq("a.actor", "where-odd")));
        assertEquals(ids(0, 3, 6, 9), all(new Where().eq("a.entityId", 0L)));
    }

    @Test
    void likeIsContainsAndStripsTheValue() {
        assertEquals(ids(1), all(new Where().like("a.detail", " detail 1 ")));
        assertEquals(ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all(new Where().like("a.detail", "detail")));
        assertEquals(ids(2, 4, 6, 8), all(new Where().like("a.actor", "even").like("a.detail", "tail").atLeast("a.entityId", 0L)
                .eq("a.actor", null).clause("a.id > :first", "first", events.get(0).getId())));
    }

    @Test
    void atLeastIsInclusive() {
        assertEquals(ids(7, 8, 9), all(new Where().atLeast("a.at", T0.plusHours(7))));
        assertEquals(ids(2, 5, 8), all(new Where().atLeast("a.entityId", 2L)));
    }

    @Test
    void clausesAreAndedAndTheSameBuilderGivesCountAndItems() {
        Where w = new Where().eq("a.actor", "where-even").eq("a.action", "W_LATE").atLeast("a.at", T0.plusHours(6));
        Page<AuditEvent> p = page(w, 0, 1);
        assertEquals(2, p.total());
        assertEquals(ids(6), p.items().stream().map(AuditEvent::getId).toList());
    }

    @Test
    void pagesCoverTheListOnceAndKeepTheTotal() {
        Where w = new Where().eq("a.actor", "where-odd");
        assertEquals(ids(1, 3), page(new Where().eq("a.actor", "where-odd"), 0, 2).items().stream().map(AuditEvent::getId).toList());
        assertEquals(ids(5, 7), page(new Where().eq("a.actor", "where-odd"), 1, 2).items().stream().map(AuditEvent::getId).toList());
        Page<AuditEvent> last = page(w, 2, 2);
        assertEquals(ids(9), last.items().stream().map(AuditEvent::getId).toList());
        assertEquals(5, last.total());
        assertEquals(2, last.page());
        assertEquals(2, last.size());
        Page<AuditEvent> beyond = page(new Where().eq("a.actor", "where-odd"), 7, 2);
        assertTrue(beyond.items().isEmpty());
        assertEquals(5, beyond.total());
    }

    @Test
    void pageRequestAndPageMapping() {
        assertEquals(0, PageRequest.of(0, 20).offset());
        assertEquals(60, PageRequest.of(3, 20).offset());
        Page<Integer> p = new Page<>(List.of(1, 2), 4, 2, 11);
        Page<String> mapped = p.map(i -> "#" + i);
        assertEquals(new Page<>(List.of("#1", "#2"), 4, 2, 11), mapped);
    }

    @Test
    void basesListFiltersByProvinceAndName() {
        TrainingBase henan = f.base("河南省WHERE养老培训学校", "41", new Accreditation("YLHLY", 5));
        TrainingBase hebei = f.base("河北省WHERE养老培训学校", "13");
        TrainingBase henan2 = f.base("郑州WHERE第二学校", "41");

        Page<TrainingBase> byName = f.bases.list(null, "WHERE", PageRequest.of(0, 10));
        assertEquals(3, byName.total());
        assertEquals(List.of(henan.getId(), hebei.getId(), henan2.getId()), byName.items().stream().map(TrainingBase::getId).toList());
        Page<TrainingBase> henanOnly = f.bases.list("41", "WHERE", PageRequest.of(0, 10));
        assertEquals(List.of(henan.getId(), henan2.getId()), henanOnly.items().stream().map(TrainingBase::getId).toList());
        assertEquals(1, f.bases.list("13", "WHERE", PageRequest.of(0, 10)).total());
        assertEquals(List.of(henan2.getId()), f.bases.list("41", "WHERE", PageRequest.of(1, 1)).items().stream()
                .map(TrainingBase::getId).toList());
        assertEquals(new java.util.HashSet<>(List.of(new Accreditation("YLHLY", 5))), byName.items().get(0).getAccreditations());
        em.clear();
    }
}
