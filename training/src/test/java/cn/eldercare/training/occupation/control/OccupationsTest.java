package cn.eldercare.training.occupation.control;

import cn.eldercare.platform.audit.AuditEvent;
import cn.eldercare.testing.TrainingFixture;
import cn.eldercare.training.occupation.entity.Occupation;
import cn.eldercare.training.occupation.entity.OccupationLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The occupations and levels the migrations load, and the regulator's change of standard hours, on H2. */
class OccupationsTest {

    private static TrainingFixture f;

    @BeforeAll
    static void start() {
        f = new TrainingFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void listsOccupationsByCodeAndLevelsFromTheLowest() {
        assertEquals(List.of("JTZHZ", "LNZH", "XFSS", "YLHLY"), f.tx(() -> f.occupations.all()).stream().map(Occupation::getCode).toList());
        List<String> ylhly = f.tx(() -> f.occupations.levels()).stream().filter(l -> l.getOccupationCode().equals("YLHLY"))
                .map(l -> l.getLevel() + ":" + l.getStandardHours()).toList();
        assertEquals(List.of("5:180", "4:150", "3:120", "2:90", "1:60"), ylhly);
    }

    @Test
    void aLevelThatDoesNotExistIsAFieldError() {
        var refused = f.refused(400, "INVALID_INPUT", () -> f.occupations.requireLevel("XFSS", 1));
        assertEquals("level", refused.fields().get(0).field());
        assertEquals(90, f.tx(() -> f.occupations.requireLevel("XFSS", 5)).getStandardHours());
    }

    @Test
    void theRegulatorChangesStandardHoursInTheAuditTrail() {
        OccupationLevel changed = f.tx(() -> f.occupations.changeStandardHours(f.regulator(), "XFSS", 4, 130));
        try {
            assertEquals(130, changed.getStandardHours());
            assertEquals(130, f.tx(() -> f.occupations.requireLevel("XFSS", 4)).getStandardHours());
            List<String> details = f.tx(() -> f.em.createQuery("SELECT a FROM AuditEvent a WHERE a.action = 'STANDARD_HOURS_CHANGED'",
                    AuditEvent.class).getResultList()).stream().map(AuditEvent::getDetail).toList();
            assertTrue(details.contains("XFSS=130"), details::toString);
        } finally {
            f.tx(() -> f.occupations.changeStandardHours(f.regulator(), "XFSS", 4, 120));
        }
    }
}
