package cn.eldercare.training.eligibility.control;

import cn.eldercare.training.eligibility.entity.CandidateProfile;
import cn.eldercare.training.eligibility.entity.EligibilityResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static cn.eldercare.training.eligibility.entity.Profiles.CAREGIVER;
import static cn.eldercare.training.eligibility.entity.Profiles.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A province corrects the rules by editing the JSON; no code changes. */
class EligibilityRulesAsDataTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void loweringTheWorkRequirementInTheJsonChangesTheOutcome() throws IOException {
        String shipped = readDefault();
        String corrected = shipped.replace("{\"type\": \"workYears\", \"minYears\": 1}",
                "{\"type\": \"workYears\", \"minYears\": 0.5}");
        assertFalse(shipped.equals(corrected), "the replacement must hit the level-5 condition");

        CandidateProfile eightMonths = candidate().workingSince(LocalDate.of(2024, 11, 1)).build();
        EligibilityResult before = EligibilityChecker.withDefaultRules().check(eightMonths, CAREGIVER, 5, AS_OF);
        EligibilityResult after = new EligibilityChecker(EligibilityRulesLoaderTest.load(corrected))
                .check(eightMonths, CAREGIVER, 5, AS_OF);

        assertFalse(before.eligible());
        assertTrue(after.eligible());
        assertEquals("5.1", after.metOptionId());
    }

    @Test
    void addingAnOccupationToTheJsonGivesItConditions() {
        String json = "{\"source\":\"test\",\"occupations\":[{\"code\":\"XFSSCZY\","
                + "\"name\":{\"zh\":\"消防设施操作员\",\"en\":\"fire-equipment operator\"},"
                + "\"levels\":[{\"level\":5,\"options\":[{\"id\":\"5.1\","
                + "\"description\":{\"zh\":\"学徒期满\",\"en\":\"apprenticeship\"},"
                + "\"conditions\":[{\"type\":\"apprenticeship\"}]}]}]}]}";
        EligibilityChecker checker = new EligibilityChecker(EligibilityRulesLoaderTest.load(json));

        assertFalse(checker.check(candidate().build(), "XFSSCZY", 5, AS_OF).eligible());
        assertTrue(checker.check(candidate().apprenticeship().build(), "XFSSCZY", 5, AS_OF).eligible());
        assertTrue(checker.check(candidate().build(), CAREGIVER, 5, AS_OF).eligible(),
                "the caregiver is not in this rule set, so it is open");
    }

    private static String readDefault() throws IOException {
        try (InputStream in = EligibilityRulesLoader.class.getResourceAsStream(EligibilityRulesLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
