package cn.eldercare.app.it;

import cn.eldercare.app.it.CertificateJourneyIT.Setup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.eldercare.app.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The issuing rules over HTTP, the kinds that follow from the course, and numbers under concurrent issuing. */
class CertificateRulesIT {

    @Test
    void refusalNamesTheRuleThatFailed() {
        long course = Setup.course("YLHLY", 5, 5);
        long e = Setup.enrol(course, World.newCaregiver("zz-staff", "冯丽"));
        Api.Reply noHours = issue("zz-staff", e);
        assertEquals(422, noHours.status(), noHours::toString);
        assertTrue(noHours.isProblem());
        JsonObject p = noHours.json();
        assertEquals("HOURS_NOT_MET", p.getString("code"));
        assertEquals(List.of("attendedHours", "theory", "skill"), fields(p), "every rule not met is listed, the first gives the code");

        Setup.attend(course, List.of(e), 180);
        Setup.score(e, "THEORY", 52);
        Setup.score(e, "SKILL", 75);
        JsonObject theory = issue("zz-staff", e).json();
        assertEquals("THEORY_NOT_PASSED", theory.getString("code"));
        assertTrue(theory.getJsonArray("errors").getJsonObject(0).getString("message").contains("52"));
        Api.Reply english = Setup.call("zz-staff", "POST", "/api/certificates", "application/json",
                Json.createObjectBuilder().add("enrolmentId", e).build().toString().getBytes(), "en");
        assertTrue(english.json().getString("title").startsWith("Not eligible for a certificate: theory exam not passed"), english::toString);

        Setup.score(e, "THEORY", 61);
        assertEquals(403, issue("zz-assessor", e).status(), "assessors score, base staff issue");
        assertEquals(403, issue("xc-staff", e).status(), "another base cannot issue for this course");
        assertEquals(201, issue("zz-staff", e).status());
        Api.Reply twice = issue("zz-staff", e);
        assertEquals(409, twice.status());
        assertEquals("ALREADY_ISSUED", twice.json().getString("code"));
    }

    @Test
    void levelTwoNeedsTheComprehensiveReview() {
        long course = Setup.course("YLHLY", 2, 5);
        long e = Setup.enrol(course, World.newCaregiver("zz-staff", "韩梅"));
        Setup.attend(course, List.of(e), 90);
        Setup.score(e, "THEORY", 70);
        Setup.score(e, "SKILL", 70);
        Api.Reply noReview = issue("zz-staff", e);
        assertEquals("REVIEW_NOT_PASSED", noReview.json().getString("code"), noReview::toString);
        Setup.score(e, "REVIEW", 66);
        JsonObject c = issue("zz-staff", e).json();
        assertEquals("二级/技师", c.getString("levelName"));
        assertEquals('2', c.getString("number").charAt(15), "the level is the 16th character of the number");
    }

    @Test
    void courseWithoutLevelEndsInACompletionCertificate() {
        Api.Reply created = post("zz-staff", "/api/courses", World.courseJson("JTZHZ", 0, 10).build());
        assertEquals(201, created.status(), created::toString);
        long course = Setup.id(created.json());
        long e = Setup.enrol(course, World.newCaregiver("zz-staff", "何静"));
        Setup.attend(course, List.of(e), 16);
        JsonObject c = issue("zz-staff", e).json();
        assertEquals("COMPLETION", c.getString("kind"), c::toString);
        assertTrue(c.getString("number").matches("J4101410000012\\d0\\d{6}"), c::toString);
        assertEquals("", c.getString("levelName"));
    }

    /**
     * Level 3, which no other test issues: on a fresh database these are the first numbers of their prefix,
     * so the issuers may also race to create the counter row (the loser fails on its primary key and retries).
     */
    @Test
    void concurrentIssuesNeverShareANumber() throws Exception {
        long course = Setup.course("YLHLY", 3, 20);
        List<Long> enrolments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            enrolments.add(Setup.enrol(course, World.newCaregiver("zz-staff", "并发" + i)));
        }
        Setup.attend(course, enrolments, 120);
        for (long e : enrolments) {
            Setup.score(e, "THEORY", 80);
            Setup.score(e, "SKILL", 80);
        }
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        enrolments.forEach(e -> calls.add(() -> issue("zz-staff", e)));
        for (int i = 0; i < 4; i++) {
            calls.add(() -> issue("zz-staff", enrolments.get(0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        Set<String> numbers = new HashSet<>();
        int created = 0;
        int conflicts = 0;
        try {
            for (Future<Api.Reply> f : pool.invokeAll(calls)) {
                Api.Reply r = f.get();
                if (r.status() == 201) {
                    created++;
                    assertTrue(numbers.add(r.json().getString("number")), "duplicate number " + r);
                } else {
                    assertEquals(409, r.status(), r::toString);
                    conflicts++;
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(8, created, "one certificate per enrolment, however often the button is pressed");
        assertEquals(4, conflicts);
    }

    private static Api.Reply issue(String user, long enrolment) {
        return post(user, "/api/certificates", Json.createObjectBuilder().add("enrolmentId", enrolment).build());
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(f -> f.asJsonObject().getString("field")).toList();
    }
}
