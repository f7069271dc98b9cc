package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.eldercare.app.it.Api.get;
import static cn.eldercare.app.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole training path over HTTP: course, enrolment with waiting list, attendance, scores, eligibility. */
class TrainingJourneyIT {

    @Test
    void baseRunsACourseFromEnrolmentToAssessment() {
        long course = World.newCourse("zz-staff", 5, 2);
        long a = World.newCaregiver("zz-staff", "甲学员");
        long b = World.newCaregiver("zz-staff", "乙学员");
        long c = World.newCaregiver("zz-staff", "丙学员");

        JsonObject ea = enrol(course, a);
        JsonObject eb = enrol(course, b);
        JsonObject ec = enrol(course, c);
        assertEquals("ENROLLED", ea.getString("status"));
        assertEquals("ENROLLED", eb.getString("status"));
        assertEquals("WAITING", ec.getString("status"));
        assertEquals(1, ec.getInt("waitingPosition"));

        Api.Reply dup = post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(a));
        assertEquals(409, dup.status(), dup::toString);
        assertTrue(dup.isProblem());

        Api.Reply cancelled = post("zz-staff", "/api/enrolments/" + id(eb) + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        JsonObject promoted = get("zz-staff", "/api/enrolments/" + id(ec)).json();
        assertEquals("ENROLLED", promoted.getString("status"), "the first in line is promoted on cancellation");
        JsonObject courseNow = get("zz-staff", "/api/courses/" + course).json();
        assertEquals(2, courseNow.getInt("enrolled"));
        assertEquals(0, courseNow.getInt("waiting"));

        Api.Reply session = post("zz-staff", "/api/courses/" + course + "/sessions", Json.createObjectBuilder()
                .add("heldOn", LocalDate.now().minusDays(1).toString()).add("minutes", 480).add("topic", "生活照料")
                .add("attendees", Json.createArrayBuilder().add(id(ea)).add(id(ec))).build());
        assertEquals(201, session.status(), session::toString);
        JsonObject hours = get("zz-staff", "/api/enrolments/" + id(ea)).json();
        assertEquals(8.0, hours.getJsonNumber("attendedHours").doubleValue());
        assertEquals(180, hours.getInt("standardHours"));
        assertFalse(hours.getBoolean("hoursComplete"));

        assertEquals(201, score(id(ea), "THEORY", 55).status());
        assertEquals(201, score(id(ea), "SKILL", 80).status());
        JsonObject outcome = get("zz-staff", "/api/enrolments/" + id(ea) + "/scores").json();
        assertFalse(outcome.getBoolean("theoryPassed"));
        assertTrue(outcome.getBoolean("skillPassed"));
        assertFalse(outcome.getBoolean("passed"));

        Api.Reply retakeOfPassed = score(id(ea), "SKILL", 90);
        assertEquals(409, retakeOfPassed.status(), "a passed part is final");
        Api.Reply retake = score(id(ea), "THEORY", 72);
        assertEquals(201, retake.status(), retake::toString);
        assertEquals(2, retake.json().getInt("attempt"));
        assertEquals("zz-assessor", retake.json().getString("enteredBy"));
        assertTrue(get("zz-staff", "/api/enrolments/" + id(ea) + "/scores").json().getBoolean("passed"));

        Api.Reply review = score(id(ea), "REVIEW", 80);
        assertEquals(400, review.status(), "no comprehensive review below level 2");
    }

    @Test
    void reviewForLevelTwoNeedsAnOddPanelOfThree() {
        long course = World.newCourse("zz-staff", 2, 5);
        long g = World.newCaregiver("zz-staff", "丁学员");
        long e = id(enrol(course, g));
        Api.Reply two = post("zz-assessor", "/api/enrolments/" + e + "/scores", Json.createObjectBuilder().add("part", "REVIEW")
                .add("score", 75).add("panel", Json.createArrayBuilder().add("马老师").add("郭老师")).build());
        assertEquals(400, two.status(), two::toString);
        Api.Reply three = post("zz-assessor", "/api/enrolments/" + e + "/scores", Json.createObjectBuilder().add("part", "REVIEW")
                .add("score", 75).add("panel", Json.createArrayBuilder().add("马老师").add("郭老师").add("何老师")).build());
        assertEquals(201, three.status(), three::toString);
    }

    @Test
    void caregiverEnrolsThemselfAndSeesOwnHours() {
        long course = World.newCourse("zz-staff", 4, 10);
        Api.Reply self = post("caregiver", "/api/courses/" + course + "/enrolments", Json.createObjectBuilder().build());
        assertEquals(201, self.status(), self::toString);
        JsonObject mine = get("caregiver", "/api/me/enrolments?size=100").json();
        assertTrue(mine.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getJsonNumber("courseId").longValue() == course));
        Api.Reply other = post("caregiver", "/api/courses/" + course + "/enrolments",
                World.enrolFor(World.newCaregiver("zz-staff", "戊学员")));
        assertEquals(403, other.status(), "a caregiver enrols only themself");
    }

    private static Api.Reply score(long enrolment, String part, int score) {
        return post("zz-assessor", "/api/enrolments/" + enrolment + "/scores",
                Json.createObjectBuilder().add("part", part).add("score", score).build());
    }

    private static JsonObject enrol(long course, long caregiver) {
        Api.Reply r = post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(caregiver));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
