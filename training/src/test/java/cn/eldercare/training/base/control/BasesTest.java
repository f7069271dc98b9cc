package cn.eldercare.training.base.control;

import cn.eldercare.platform.audit.AuditEvent;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.base.entity.Accreditation;
import cn.eldercare.training.base.entity.TrainingBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regulator's register of training bases, on H2. */
class BasesTest {

    private static TrainingFixture f;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static List<String> audit(long baseId) {
        return f.tx(() -> f.em.createQuery("SELECT a FROM AuditEvent a WHERE a.entityType = 'TrainingBase' AND a.entityId = :id"
                + " ORDER BY a.id", AuditEvent.class).setParameter("id", baseId).getResultList().stream().map(AuditEvent::getAction).toList());
    }

    @Test
    void aCreditCodeIsRegisteredOnce() {
        TrainingBase first = f.base();
        TrainingBase again = new TrainingBase("另一基地", first.getUscc(), "41", "郑州", "Y", "0002", "000002", "regulator");
        f.refused(409, "USCC_TAKEN", () -> f.bases.register(f.regulator(), again, Set.of()));
        assertEquals(List.of("BASE_REGISTERED"), audit(first.getId()));
    }

    @Test
    void aBaseIsAccreditedOnlyForLevelsThatExist() {
        TrainingBase b = f.base();
        String uscc = String.format("92%016d", b.getId());
        TrainingBase bogus = new TrainingBase("无效范围", uscc, "41", "郑州", "Y", "0003", "000003", "regulator");
        f.refused(400, "INVALID_INPUT", () -> f.bases.register(f.regulator(), bogus, Set.of(new Accreditation("YLHLY", 9))));
        f.refused(400, "INVALID_INPUT", () -> f.bases.accredit(f.regulator(), b.getId(), Set.of(new Accreditation("NOPE", 3))));
        assertTrue(f.tx(() -> f.bases.get(b.getId()).mayAssess("YLHLY", 4)), "the earlier scope stays");
    }

    @Test
    void accreditingReplacesTheScopeAndIsAudited() {
        TrainingBase b = f.base();
        f.tx(() -> f.bases.accredit(f.regulator(), b.getId(), Set.of(new Accreditation("LNZH", 3))));
        assertTrue(f.tx(() -> f.bases.get(b.getId()).mayAssess("LNZH", 3)));
        assertFalse(f.tx(() -> f.bases.get(b.getId()).mayAssess("YLHLY", 4)));
        assertEquals(List.of("BASE_REGISTERED", "BASE_ACCREDITED"), audit(b.getId()));
    }

    @Test
    void anUnknownBaseIsNotFound() {
        f.refused(404, "NOT_FOUND", () -> f.bases.get(-1));
        f.refused(404, "NOT_FOUND", () -> f.bases.accredit(f.regulator(), -1, Set.of()));
    }

    @Test
    void theRegisterIsFilteredByProvinceAndName() {
        String name = "筛选测试基地" + System.nanoTime();
        TrainingBase inHenan = f.base(name + "甲", "41", new Accreditation("YLHLY", 5));
        f.base(name + "乙", "11", new Accreditation("YLHLY", 5));
        Page<TrainingBase> henan = f.tx(() -> f.bases.list("41", name, PageRequest.of(0, 10)));
        assertEquals(List.of(inHenan.getId()), henan.items().stream().map(TrainingBase::getId).toList());
        assertEquals(2, f.tx(() -> f.bases.list(null, name, PageRequest.of(0, 10))).total());
    }
}
