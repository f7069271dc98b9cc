package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static cn.eldercare.app.it.Api.get;
import static cn.eldercare.app.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each option of each level of the 2019 application conditions, over HTTP: a caregiver with just
 * that history, and the option the check names (or, for "-", that none is met and why).
 */
class EligibilityIT {

    @ParameterizedTest(name = "level {0}: {1}")
    @CsvSource({
            "5, 5.1, 13, 0, 0, NONE, false, false, false",
            "5, 5.2, 0, 0, 0, NONE, false, false, true",
            "5, -, 6, 0, 0, NONE, false, false, false",
            "4, 4.1, 30, 5, 30, NONE, false, false, false",
            "4, 4.2, 50, 0, 0, NONE, false, false, false",
            "4, 4.3, 0, 0, 0, TECHNICAL_SCHOOL, true, true, false",
            "4, -, 20, 5, 20, NONE, false, false, false",
            "3, 3.1, 60, 4, 50, NONE, false, false, false",
            "3, 3.2a, 0, 4, 1, SENIOR_TECHNICAL_SCHOOL, true, false, false",
            "3, 3.3, 30, 4, 25, BACHELOR, true, false, false",
            "3, -, 30, 4, 30, NONE, false, false, false",
            "2, 2.1, 60, 3, 50, NONE, false, false, false",
            "2, 2.2, 40, 3, 38, TECHNICIAN_COLLEGE, true, false, false",
            "2, -, 40, 3, 40, NONE, false, false, false",
            "1, 1.1, 60, 2, 50, NONE, false, false, false",
            "1, -, 60, 3, 50, NONE, false, false, false"})
    void answersWhichOptionIsMet(int level, String option, int monthsWorked, int certLevel, int certMonthsAgo, String education,
                                 boolean inField, boolean finalYear, boolean apprenticeship) {
        long g = caregiver(education, inField, finalYear, apprenticeship);
        LocalDate today = LocalDate.now();
        if (monthsWorked > 0) {
            assertEquals(201, post("zz-staff", "/api/caregivers/" + g + "/work", Json.createObjectBuilder()
                    .add("employer", "郑州市颐和养老院").add("from", today.minusMonths(monthsWorked).toString()).add("related", true)
                    .build()).status());
        }
        if (certLevel > 0) {
            assertEquals(201, post("zz-staff", "/api/caregivers/" + g + "/prior-certificates", Json.createObjectBuilder()
                    .add("occupationCode", "YLHLY").add("level", certLevel).add("kind", "SKILL_LEVEL")
                    .add("number", "S41010000001" + certLevel + "00001").add("issuedOn", today.minusMonths(certMonthsAgo).toString())
                    .build()).status());
        }
        Api.Reply r = get("zz-staff", "/api/caregivers/" + g + "/eligibility?occupation=YLHLY&level=" + level);
        assertEquals(200, r.status(), r::toString);
        JsonObject result = r.json();
        if ("-".equals(option)) {
            assertFalse(result.getBoolean("eligible"), r::toString);
            assertFalse(result.containsKey("metOptionId") && !result.isNull("metOptionId"), "names no option");
            assertFalse(result.getJsonArray("unmetOptions").isEmpty(), "says why no option is met");
        } else {
            assertTrue(result.getBoolean("eligible"), r::toString);
            assertEquals(option, result.getString("metOptionId"), r::toString);
        }
    }

    private static long caregiver(String education, boolean inField, boolean finalYear, boolean apprenticeship) {
        var json = World.caregiverJson("资格学员", World.idNumber(true)).add("educationInField", inField)
                .add("finalYearStudent", finalYear).add("apprenticeshipCompleted", apprenticeship);
        if (!"NONE".equals(education)) {
            json.add("education", education);
        } else {
            json.add("education", "JUNIOR_MIDDLE");
        }
        Api.Reply r = post("zz-staff", "/api/caregivers", json.build());
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

}
