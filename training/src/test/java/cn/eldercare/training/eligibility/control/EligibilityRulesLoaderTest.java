package cn.eldercare.training.eligibility.control;

import cn.eldercare.training.eligibility.entity.CertificateHeld;
import cn.eldercare.training.eligibility.entity.Education;
import cn.eldercare.training.eligibility.entity.EducationIn;
import cn.eldercare.training.eligibility.entity.EligibilityRules;
import cn.eldercare.training.eligibility.entity.LevelRules;
import cn.eldercare.training.eligibility.entity.OccupationRules;
import cn.eldercare.training.eligibility.entity.RuleOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityRulesLoaderTest {

    @Test
    void defaultRulesCoverEveryLevelOfTheCaregiverStandard() {
        OccupationRules caregiver = EligibilityRulesLoader.loadDefault().occupation("YLHLY").orElseThrow();
        assertEquals("养老护理员", caregiver.name().zh());
        assertEquals(List.of(5, 4, 3, 2, 1), caregiver.levels().stream().map(LevelRules::level).toList());
        assertEquals(List.of("3.1", "3.2a", "3.2b", "3.3"), optionIds(caregiver.level(3).orElseThrow()));
    }

    @Test
    void conditionsAreReadWithTheirTypeAndDefaults() {
        RuleOption option = EligibilityRulesLoader.loadDefault().occupation("YLHLY").orElseThrow()
                .level(3).orElseThrow().options().get(1);
        assertEquals(List.of(
                new CertificateHeld(4, BigDecimal.ZERO),
                new EducationIn(Set.of(Education.SENIOR_TECHNICAL_SCHOOL, Education.TECHNICIAN_COLLEGE), false, true)),
                option.conditions());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "{\"source\":\"x\",\"occupations\":[{\"code\":\"A\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},\"levels\":"
                    + "[{\"level\":5,\"options\":[{\"id\":\"5.1\",\"description\":{\"zh\":\"z\",\"en\":\"e\"},"
                    + "\"conditions\":[{\"type\":\"astrology\"}]}]}]}]}",
            "{\"source\":\"x\",\"occupations\":[{\"code\":\"A\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},\"levels\":"
                    + "[{\"level\":5,\"options\":[{\"id\":\"5.1\",\"description\":{\"zh\":\"z\",\"en\":\"e\"},"
                    + "\"conditions\":[]}]}]}]}",
            "{\"source\":\"x\",\"occupations\":[{\"code\":\"A\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},\"levels\":"
                    + "[{\"level\":6,\"options\":[{\"id\":\"6.1\",\"description\":{\"zh\":\"z\",\"en\":\"e\"},"
                    + "\"conditions\":[{\"type\":\"apprenticeship\"}]}]}]}]}"
    })
    void rejectsMalformedOrImpossibleRules(String json) {
        assertThrows(IllegalArgumentException.class, () -> load(json));
    }

    @Test
    void rejectsAnOccupationListedTwice() {
        String occupation = "{\"code\":\"A\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},\"levels\":[]}";
        assertThrows(IllegalArgumentException.class,
                () -> load("{\"source\":\"x\",\"occupations\":[" + occupation + "," + occupation + "]}"));
    }

    @Test
    void acceptsAnOccupationWithoutLevels() {
        EligibilityRules rules = load("{\"source\":\"x\",\"occupations\":"
                + "[{\"code\":\"A\",\"name\":{\"zh\":\"甲\",\"en\":\"a\"},\"levels\":[]}]}");
        assertTrue(rules.occupation("A").orElseThrow().levels().isEmpty());
    }

    static EligibilityRules load(String json) {
        return EligibilityRulesLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> optionIds(LevelRules level) {
        return level.options().stream().map(RuleOption::id).toList();
    }
}
