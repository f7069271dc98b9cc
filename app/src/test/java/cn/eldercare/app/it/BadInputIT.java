package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Malformed requests of every kind: each is refused with a 4xx {@code application/problem+json} naming the field at
 * fault, and none of them changes anything, as counted through the API by the regulator before and after.
 * The requests aim at real fixtures, so a missing check would show as a write rather than as a harmless 404.
 */
class BadInputIT {

    private static final String STAFF = "zz-staff";
    private static final String ASSESSOR = "zz-assessor";
    private static final String REGULATOR = "regulator";
    private static final long UNKNOWN = 999_999_999L;
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The 郑州 demo base's code: a base body that slipped through validation would meet a conflict, not be registered. */
    private static final String TAKEN_USCC = "124100004175512348";

    /** A malformed request, sent with the given Accept-Language (null for none), and what it must get. */
    private record Case(String name, Function<String, Api.Reply> request, int status, String field) {
    }

    private record Snapshot(long audit, long courses, long caregivers, long bases, long roster, long sessions, int scores,
                            int work, int certificates) {
        static Snapshot take() {
            return new Snapshot(total("/api/audit"), total("/api/courses"), total("/api/caregivers"), total("/api/bases"),
                    total("/api/courses/" + course + "/enrolments"), total("/api/courses/" + course + "/sessions"),
                    Api.get(REGULATOR, "/api/enrolments/" + enrolment + "/scores").json().getJsonArray("attempts").size(),
                    Api.get(REGULATOR, "/api/caregivers/" + caregiver + "/work").structure().asJsonArray().size(),
                    Api.get(REGULATOR, "/api/caregivers/" + caregiver + "/prior-certificates").structure().asJsonArray().size());
        }

        private static long total(String list) {
            Api.Reply r = Api.get(REGULATOR, list + "?size=1");
            assertEquals(200, r.status(), r::toString);
            return r.json().getJsonNumber("total").longValue();
        }
    }

    private static long course;
    private static long enrolment;
    private static long caregiver;
    private static long base;

    @BeforeAll
    static void fixtures() {
        course = World.newCourse(STAFF, 5, 10);
        caregiver = World.newCaregiver(STAFF, "输入学员");
        Api.Reply r = Api.post(STAFF, "/api/courses/" + course + "/enrolments", World.enrolFor(caregiver));
        assertEquals(201, r.status(), r::toString);
        enrolment = r.json().getJsonNumber("id").longValue();
        Api.Reply b = Api.post(REGULATOR, "/api/bases", baseJson(AuthorizationMatrixIT.uscc()));
        assertEquals(201, b.status(), b::toString);
        base = b.json().getJsonNumber("id").longValue();
    }

    private static List<Case> cases() {
        String validId = World.idNumber(true);
        return List.of(
                // The body is not JSON, or not the JSON expected.
                body("malformed JSON", STAFF, "POST", "/api/caregivers", "{\"name\": ", 400, null),
                body("a JSON array where an object is expected", STAFF, "POST", "/api/courses", "[]", 400, null),
                body("an empty body", STAFF, "POST", "/api/caregivers", "", 400, null),
                body("the JSON literal null", STAFF, "POST", "/api/caregivers", "null", 400, null),
                body("a string for a number (level)", STAFF, "POST", "/api/courses", courseWith(c -> c.add("level", "five")), 400, null),
                body("an unknown enum value (deliveryMode)", STAFF, "POST", "/api/courses",
                        courseWith(c -> c.add("deliveryMode", "TELEPATHY")), 400, null),
                body("a date that does not exist (startsOn)", STAFF, "POST", "/api/courses",
                        courseWith(c -> c.add("startsOn", "2026-13-01")), 400, null),
                body("a boolean for a number (score)", ASSESSOR, "POST", scores(),
                        Json.createObjectBuilder().add("part", "THEORY").add("score", true).build(), 400, null),
                body("a string for an id (caregiverId)", STAFF, "POST", "/api/courses/" + course + "/enrolments",
                        "{\"caregiverId\":\"abc\"}", 400, null),

                // Courses: missing fields, out-of-range numbers, rules on dates and levels.
                body("course without a title", STAFF, "POST", "/api/courses", courseWith(c -> c.remove("title")), 400, "title"),
                body("course with a blank title", STAFF, "POST", "/api/courses", courseWith(c -> c.add("title", "  ")), 400, "title"),
                body("course with capacity 0", STAFF, "POST", "/api/courses", courseWith(c -> c.add("capacity", 0)), 400, "capacity"),
                body("course with capacity 10001", STAFF, "POST", "/api/courses", courseWith(c -> c.add("capacity", 10_001)), 400,
                        "capacity"),
                body("course at level 6", STAFF, "POST", "/api/courses", courseWith(c -> c.add("level", 6)), 400, "level"),
                body("course with a lower-case occupation code", STAFF, "POST", "/api/courses",
                        courseWith(c -> c.add("occupationCode", "ylhly")), 400, "occupationCode"),
                body("course of an unknown occupation", STAFF, "POST", "/api/courses", courseWith(c -> c.add("occupationCode", "NOPE")),
                        400, "level"),
                body("course at a level its occupation lacks", STAFF, "POST", "/api/courses",
                        courseWith(c -> c.add("occupationCode", "JTZHZ").add("level", 3)), 400, "level"),
                body("course ending before it starts", STAFF, "POST", "/api/courses", courseWith(c -> c
                        .add("startsOn", "2026-03-01").add("endsOn", "2026-02-01")), 400, "endsOn"),
                body("course the base is not accredited for", STAFF, "POST", "/api/courses",
                        courseWith(c -> c.add("occupationCode", "XFSS")), 422, null),
                body("PUT of a course changing its level", STAFF, "PUT", "/api/courses/" + course,
                        courseWith(c -> c.add("level", 4)), 400, "level"),

                // Resident ID numbers and the rest of a caregiver.
                body("ID number with a wrong check character", STAFF, "POST", "/api/caregivers",
                        caregiverWith(wrongCheckCharacter(validId)), 400, "idNumber"),
                body("ID number with an impossible birth date", STAFF, "POST", "/api/caregivers",
                        caregiverWith(withCheck("41900119781332002")), 400, "idNumber"),
                body("ID number born in the future", STAFF, "POST", "/api/caregivers",
                        caregiverWith(withCheck("41900120990101002")), 400, "idNumber"),
                body("ID number with an unknown province", STAFF, "POST", "/api/caregivers",
                        caregiverWith(withCheck("99" + validId.substring(2, 17))), 400, "idNumber"),
                body("ID number of 17 characters", STAFF, "POST", "/api/caregivers", caregiverWith(validId.substring(0, 17)), 400,
                        "idNumber"),
                body("ID number of 19 characters", STAFF, "POST", "/api/caregivers", caregiverWith(validId + "1"), 400, "idNumber"),
                body("ID number with a letter inside", STAFF, "POST", "/api/caregivers",
                        caregiverWith(validId.substring(0, 10) + "A" + validId.substring(11)), 400, "idNumber"),
                body("caregiver without an ID number", STAFF, "POST", "/api/caregivers",
                        World.caregiverJson("输入学员", validId).remove("idNumber").build(), 400, "idNumber"),
                body("gender contradicting the ID number", STAFF, "POST", "/api/caregivers",
                        World.caregiverJson("输入学员", validId).add("gender", "MALE").build(), 400, "gender"),
                body("phone that is no mobile number", STAFF, "POST", "/api/caregivers",
                        World.caregiverJson("输入学员", validId).add("phone", "12345").build(), 400, "phone"),
                body("name of 51 characters", STAFF, "POST", "/api/caregivers",
                        World.caregiverJson("名".repeat(51), validId).build(), 400, "name"),
                body("caregiver without a subsidy category", STAFF, "POST", "/api/caregivers",
                        World.caregiverJson("输入学员", validId).remove("subsidyCategory").build(), 400, "subsidyCategory"),
                body("an unknown subsidy category", STAFF, "POST", "/api/caregivers",
                        World.caregiverJson("输入学员", validId).add("subsidyCategory", "NOPE").build(), 400, null),

                // Work history and certificates.
                body("work ending before it starts", STAFF, "POST", "/api/caregivers/" + caregiver + "/work",
                        work(w -> w.add("to", "2019-01-01")), 400, "to"),
                body("work starting in the future", STAFF, "POST", "/api/caregivers/" + caregiver + "/work",
                        work(w -> w.add("from", LocalDate.now().plusYears(1).toString())), 400, "from"),
                body("work without an employer", STAFF, "POST", "/api/caregivers/" + caregiver + "/work",
                        work(w -> w.add("employer", " ")), 400, "employer"),
                body("certificate of an unknown kind", STAFF, "POST", "/api/caregivers/" + caregiver + "/prior-certificates",
                        certificate(c -> c.add("kind", "DIPLOMA")), 400, "kind"),
                body("certificate at level 0", STAFF, "POST", "/api/caregivers/" + caregiver + "/prior-certificates",
                        certificate(c -> c.add("level", 0)), 400, "level"),
                body("certificate issued in the future", STAFF, "POST", "/api/caregivers/" + caregiver + "/prior-certificates",
                        certificate(c -> c.add("issuedOn", LocalDate.now().plusDays(1).toString())), 400, "issuedOn"),

                // Unified social credit codes and the rest of a base.
                body("credit code with a wrong check character", REGULATOR, "POST", "/api/bases", baseJson("124100004175512349"),
                        400, "uscc"),
                body("credit code with a letter GB 32100 leaves out (O)", REGULATOR, "POST", "/api/bases",
                        baseJson("12410000417551234O"), 400, "uscc"),
                body("credit code of 16 characters", REGULATOR, "POST", "/api/bases", baseJson("1241000041755123"), 400, "uscc"),
                body("base with a one-digit province code", REGULATOR, "POST", "/api/bases",
                        edit(baseJson(TAKEN_USCC), b -> b.add("provinceCode", "4")), 400, "provinceCode"),
                body("base with an unknown body type", REGULATOR, "POST", "/api/bases",
                        edit(baseJson(TAKEN_USCC), b -> b.add("bodyType", "X")), 400, "bodyType"),
                body("base without accreditations", REGULATOR, "POST", "/api/bases",
                        edit(baseJson(TAKEN_USCC), b -> b.remove("accreditations")), 400, "accreditations"),
                body("accreditation for an unknown occupation", REGULATOR, "PUT", "/api/bases/" + base + "/accreditations",
                        scope("NOPE", 5), 400, "level"),
                body("accreditation at level 7", REGULATOR, "PUT", "/api/bases/" + base + "/accreditations", scope("YLHLY", 7),
                        400, null),
                body("accreditation of an unknown base", REGULATOR, "PUT", "/api/bases/" + UNKNOWN + "/accreditations",
                        scope("YLHLY", 5), 404, null),

                // Standard hours.
                body("standard hours of 0", REGULATOR, "PUT", "/api/occupations/XFSS/levels/4", hours(0), 400, "standardHours"),
                body("standard hours of 2001", REGULATOR, "PUT", "/api/occupations/XFSS/levels/4", hours(2001), 400,
                        "standardHours"),
                body("standard hours of a lower-case occupation code", REGULATOR, "PUT", "/api/occupations/xfss/levels/4",
                        hours(100), 400, "code"),
                body("standard hours of level 9", REGULATOR, "PUT", "/api/occupations/XFSS/levels/9", hours(100), 400, "level"),
                body("standard hours of an unknown occupation", REGULATOR, "PUT", "/api/occupations/NOPE/levels/4", hours(100),
                        400, "level"),

                // Scores, sessions and enrolments.
                body("score of 101", ASSESSOR, "POST", scores(), score("THEORY", 101), 400, "score"),
                body("score of -1", ASSESSOR, "POST", scores(), score("THEORY", -1), 400, "score"),
                body("score without a part", ASSESSOR, "POST", scores(), Json.createObjectBuilder().add("score", 50).build(), 400,
                        "part"),
                body("an unknown part", ASSESSOR, "POST", scores(), score("ORAL", 50), 400, null),
                body("a review below level 2", ASSESSOR, "POST", scores(), score("REVIEW", 80), 400, "part"),
                body("score of an unknown enrolment", ASSESSOR, "POST", "/api/enrolments/" + UNKNOWN + "/scores",
                        score("THEORY", 50), 404, null),
                body("session of 0 minutes", STAFF, "POST", sessions(), session(s -> s.add("minutes", 0)), 400, "minutes"),
                body("session of 721 minutes", STAFF, "POST", sessions(), session(s -> s.add("minutes", 721)), 400, "minutes"),
                body("session in the future", STAFF, "POST", sessions(),
                        session(s -> s.add("heldOn", LocalDate.now().plusDays(1).toString())), 400, "heldOn"),
                body("session without attendees", STAFF, "POST", sessions(),
                        session(s -> s.add("attendees", JsonValue.EMPTY_JSON_ARRAY)), 400, "attendees"),
                body("session with an unknown attendee", STAFF, "POST", sessions(),
                        session(s -> s.add("attendees", Json.createArrayBuilder().add(UNKNOWN))), 400, "attendees"),
                body("session without a topic", STAFF, "POST", sessions(), session(s -> s.remove("topic")), 400, "topic"),
                body("staff enrolling nobody", STAFF, "POST", "/api/courses/" + course + "/enrolments",
                        JsonValue.EMPTY_JSON_OBJECT, 400, "caregiverId"),
                body("enrolling an unknown caregiver", STAFF, "POST", "/api/courses/" + course + "/enrolments",
                        World.enrolFor(UNKNOWN), 404, null),
                body("enrolling into an unknown course", STAFF, "POST", "/api/courses/" + UNKNOWN + "/enrolments",
                        World.enrolFor(caregiver), 404, null),
                body("cancelling an unknown enrolment", STAFF, "POST", "/api/enrolments/" + UNKNOWN + "/cancel", "", 404, null),

                // Signing in.
                body("login without a password", null, "POST", "/api/auth/login",
                        Json.createObjectBuilder().add("username", "regulator").build(), 400, "password"),
                body("login with a blank username", null, "POST", "/api/auth/login",
                        Json.createObjectBuilder().add("username", " ").add("password", "x").build(), 400, "username"),
                // An account that does not exist, so that no real account's login throttle is used up.
                body("login of an unknown account", null, "POST", "/api/auth/login",
                        Json.createObjectBuilder().add("username", "no-such-user").add("password", "x").build(), 401, null),
                get("a token that is no token", null, "/api/auth/me", Map.of("Authorization", "Bearer abc.def"), 401),
                get("basic authentication", null, "/api/auth/me", Map.of("Authorization", "Basic YWJjOmRlZg=="), 401),

                // Query parameters.
                get("page size 0", REGULATOR, "/api/courses?size=0", 400, "size"),
                get("page size 1000", REGULATOR, "/api/courses?size=1000", 400, "size"),
                get("page -1", REGULATOR, "/api/courses?page=-1", 400, "page"),
                get("page beyond the int range", REGULATOR, "/api/courses?page=99999999999", 400, null),
                get("level=abc", REGULATOR, "/api/courses?level=abc", 400, null),
                get("level=9", REGULATOR, "/api/courses?level=9", 400, "level"),
                get("startsFrom=notadate", REGULATOR, "/api/courses?startsFrom=notadate", 400, null),
                get("an unknown delivery mode", REGULATOR, "/api/courses?mode=TELEPATHY", 400, null),
                get("a lower-case occupation filter", REGULATOR, "/api/courses?occupation=ylhly", 400, "occupation"),
                get("a title filter of 101 characters", REGULATOR, "/api/courses?title=" + "t".repeat(101), 400, "title"),
                get("baseId=abc", REGULATOR, "/api/courses?baseId=abc", 400, null),
                get("a one-digit province filter", REGULATOR, "/api/bases?province=4", 400, "province"),
                get("audit entityId=abc", REGULATOR, "/api/audit?entityId=abc", 400, null),
                get("audit actor of 65 characters", REGULATOR, "/api/audit?actor=" + "a".repeat(65), 400, "actor"),
                get("a caregiver search by a malformed ID number", STAFF, "/api/caregivers?idNumber=123", 400, "idNumber"),
                get("an unknown enrolment status", STAFF, "/api/courses/" + course + "/enrolments?status=GONE", 400, null),
                get("eligibility of nothing", STAFF, "/api/caregivers/" + caregiver + "/eligibility", 400, "occupation"),
                get("eligibility at level 9", STAFF, "/api/caregivers/" + caregiver + "/eligibility?occupation=YLHLY&level=9", 400,
                        "level"),
                get("eligibility as of 30 February", STAFF,
                        "/api/caregivers/" + caregiver + "/eligibility?occupation=YLHLY&level=5&asOf=2026-02-30", 400, null),
                get("eligibility for an unknown course", STAFF,
                        "/api/caregivers/" + caregiver + "/eligibility?courseId=" + UNKNOWN, 404, null),

                // Paths and ids.
                get("a course id that is no number", REGULATOR, "/api/courses/abc", 400, null),
                get("an unknown course", REGULATOR, "/api/courses/" + UNKNOWN, 404, null),
                get("an unknown base", REGULATOR, "/api/bases/" + UNKNOWN, 404, null),
                get("an unknown enrolment", REGULATOR, "/api/enrolments/" + UNKNOWN, 404, null),
                get("scores of an unknown enrolment", REGULATOR, "/api/enrolments/" + UNKNOWN + "/scores", 404, null),
                get("work of an unknown caregiver", REGULATOR, "/api/caregivers/" + UNKNOWN + "/work", 404, null),
                get("an unknown path", REGULATOR, "/api/no-such-thing", 404, null),

                // Protocol: methods, media types, sizes.
                raw("DELETE of a course", STAFF, "DELETE", "/api/courses/" + course, null, null, 405),
                get("asking for XML", REGULATOR, "/api/courses/" + course, Map.of("Accept", "application/xml"), 406),
                raw("a text/plain body", STAFF, "POST", "/api/caregivers", "text/plain", utf8("hello"), 415),
                raw("an XML body", STAFF, "POST", "/api/caregivers", "application/xml", utf8("<caregiver/>"), 415),
                raw("a JSON roster", STAFF, "POST", rosterImport(""), "application/json", utf8("{}"), 415),
                new Case("a JSON body over 256 KB", lang -> send(STAFF, "POST", "/api/caregivers",
                        inLanguage(Map.of("Content-Type", "application/json"), lang),
                        HttpRequest.BodyPublishers.ofByteArray(oversizedJson()), Duration.ofSeconds(60)), 413, null),

                // Rosters that cannot be read at all.
                raw("a CSV roster without its header", STAFF, "POST", rosterImport(""), MatrixRosters.CSV, utf8("hello,world"), 422),
                raw("an empty CSV roster", STAFF, "POST", rosterImport(""), MatrixRosters.CSV, new byte[0], 422),
                raw("a CSV roster with an unclosed quote", STAFF, "POST", rosterImport(""), MatrixRosters.CSV,
                        utf8("姓名,性别,身份证号,手机号,补贴类别\r\n\"王,女"), 422),
                raw("an XLSX roster that is text", STAFF, "POST", rosterImport(""), MatrixRosters.XLSX, utf8("hello,world"), 422),
                raw("an XLSX roster that is a zip of something else", STAFF, "POST", rosterImport(""), MatrixRosters.XLSX,
                        zipOfText(), 422),
                new Case("an XLSX roster without the ID number column", lang -> Api.raw(STAFF, "POST", rosterImport(""),
                        MatrixRosters.XLSX, MatrixRosters.xlsx(List.of(List.of("姓名", "性别", "手机号", "补贴类别"))), lang),
                        422, "row 0: idNumber"),
                raw("an unknown import mode", STAFF, "POST", rosterImport("?mode=SOME"), MatrixRosters.CSV,
                        MatrixRosters.csv(List.of(MatrixRosters.HEADER)), 400),
                raw("a roster for an unknown course", STAFF, "POST", "/api/courses/" + UNKNOWN + "/roster-import",
                        MatrixRosters.CSV, MatrixRosters.csv(List.of(MatrixRosters.HEADER)), 404));
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedRequestIsRefusedWithAProblemAndChangesNothing() {
        Snapshot before = Snapshot.take();
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 distinct malformed requests");
        return Stream.concat(
                cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertProblem(c, c.request().apply(null)))),
                Stream.of(DynamicTest.dynamicTest("nothing changed", () -> assertEquals(before, Snapshot.take(),
                        "audit, courses, caregivers, bases, roster, sessions, scores, work, certificates"))));
    }

    /**
     * Every operation of the server's {@code /openapi} document that takes a JSON body gets malformed bodies of each kind,
     * as a demo account allowed to reach it: nested 5,000 deep (400), over the size cap (413), cut off (400), the wrong JSON
     * type at the top and in each property (400 naming the property). Operations that take no body get one (400). Path
     * parameters name nothing that exists, so a body that got through would change nothing.
     */
    @TestFactory
    Stream<DynamicTest> everyOperationOfTheOpenApiDocumentRefusesMalformedBodies() {
        // the server builds the document on its first request, which takes minutes on a small busy machine
        Api.Reply document = send(null, "GET", "/openapi", Map.of("Accept", "application/json"), HttpRequest.BodyPublishers.noBody(),
                Duration.ofMinutes(5));
        assertEquals(200, document.status(), document::toString);
        OpenApiBodies api = OpenApiBodies.parse(document.body(), String.valueOf(UNKNOWN));
        Map<String, Integer> tally = new java.util.TreeMap<>();
        List<String> faults = new java.util.ArrayList<>();
        Stream<DynamicTest> withBody = api.withJsonBody().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            String wellTyped = op.schema() == null ? "{}" : api.wellTyped(op.schema()).toString();
            String user = allowedCaller(op, wellTyped.substring(0, wellTyped.length() / 2));
            String first = api.properties(op.schema()).keySet().stream().findFirst().orElse("x");
            Map<String, Api.Reply> replies = new java.util.LinkedHashMap<>();
            replies.put("truncated", Api.raw(user, op.method(), op.path(), "application/json", utf8(wellTyped.substring(0, wellTyped.length() / 2)), null));
            replies.put("nested 5000 deep", Api.raw(user, op.method(), op.path(), "application/json",
                    utf8("{\"" + first + "\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"), null));
            replies.put("objects nested 3000 deep", Api.raw(user, op.method(), op.path(), "application/json",
                    utf8("{\"" + first + "\":".repeat(3_000) + "1" + "}".repeat(3_000)), null));
            replies.put("top level of the wrong type", Api.raw(user, op.method(), op.path(), "application/json",
                    utf8(wellTyped.startsWith("[") ? "{}" : "[]"), null));
            api.properties(op.schema()).forEach((name, schema) -> replies.put(name + " of the wrong type", Api.raw(user, op.method(),
                    op.path(), "application/json", utf8(Json.createObjectBuilder().add(name, api.wrongType(schema)).build().toString()), null)));
            Api.Reply huge = send(user, op.method(), op.path(), Map.of("Content-Type", "application/json"),
                    HttpRequest.BodyPublishers.ofByteArray(utf8("{\"" + first + "\":\"" + "x".repeat(OVER_THE_JSON_CAP) + "\"}")),
                    Duration.ofSeconds(60));
            List<String> wrong = new java.util.ArrayList<>();
            replies.forEach((kind, r) -> {
                count(tally, faults, op + " " + kind, r);
                String field = kind.endsWith(" of the wrong type") && !kind.startsWith("top level") ? kind.substring(0, kind.indexOf(' ')) : null;
                if (r.status() != 400 || !r.isProblem() || (field != null && !names(r, field))) {
                    wrong.add(kind + ": " + r);
                }
            });
            count(tally, faults, op + " over the cap", huge);
            if (huge.status() != 413 || !huge.isProblem()) {
                wrong.add("over the cap: " + huge);
            }
            assertEquals(List.of(), wrong, op::toString);
        }));
        Stream<DynamicTest> withoutBody = api.withoutBody().stream().map(op -> DynamicTest.dynamicTest(op + " (takes no body)", () -> {
            String junk = "{\"unexpected\":[1,2]}";
            Api.Reply r = Api.raw(allowedCaller(op, junk), op.method(), op.path(), "application/json", utf8(junk), null);
            count(tally, faults, op + " with a body", r);
            assertProblem(new Case(op + " with a body", lang -> r, 400, "body"), r);
        }));
        return Stream.of(withBody, withoutBody, Stream.of(DynamicTest.dynamicTest("summary: no 2xx, no 5xx", () -> {
            System.out.printf("BadInputIT /openapi: %d operations with a JSON body, %d without; %d malformed requests;"
                    + " replies by status %s; 2xx or 5xx: %d%n", api.withJsonBody().size(), api.withoutBody().size(),
                    tally.values().stream().mapToInt(Integer::intValue).sum(), tally, faults.size());
            assertEquals(List.of(), faults, "2xx or 5xx for a malformed body");
        }))).flatMap(s -> s);
    }

    /** Over the JSON body cap (256 KB by default). */
    private static final int OVER_THE_JSON_CAP = 300 * 1024;
    private static final List<String> CALLERS = java.util.Arrays.asList(null, REGULATOR, STAFF, ASSESSOR, "caregiver", "station",
            "volunteer", "recipient");

    /** The first demo account (or nobody, for public operations) that authorization lets through to the body. */
    private static String allowedCaller(OpenApiBodies.Operation op, String body) {
        for (String user : CALLERS) {
            int status = Api.raw(user, op.method(), op.path(), "application/json", utf8(body), null).status();
            if (status != 401 && status != 403) {
                return user;
            }
        }
        return fail("no demo account may reach " + op);
    }

    private static void count(Map<String, Integer> tally, List<String> faults, String what, Api.Reply r) {
        tally.merge(String.valueOf(r.status()), 1, Integer::sum);
        if (r.status() < 300 || r.status() >= 500) {
            faults.add(what + ": " + r);
        }
    }

    private static boolean names(Api.Reply r, String field) {
        return r.json().getJsonArray("errors").stream().anyMatch(e -> field.equals(e.asJsonObject().getString("field")));
    }

    /** The problem's title and field messages follow Accept-Language: English when preferred, Chinese otherwise. */
    @ParameterizedTest(name = "{0}: \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "page size 0                         | Invalid input                                  | 输入有误",
            "ID number with a wrong check character | Invalid input                               | 输入有误",
            "an unknown course                   | No such course                                 | 课程不存在",
            "a JSON body over 256 KB             | The body exceeds the 256 KB limit              | 请求体超过 256 KB 上限",
            "a text/plain body                   | Unsupported media type                         | 不支持的内容类型",
            "level=abc                           | A parameter has the wrong format               | 参数格式错误",
            "a token that is no token            | Not signed in, or the session has expired      | 未登录或登录已过期",
            "a CSV roster without its header     | Errors in the roster: 5; nothing was imported  | 名册有 5 处错误，未导入任何记录"})
    void problemsSpeakTheCallersLanguage(String name, String english, String chinese) {
        Case c = cases().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        assertEquals(english, c.request().apply("en").json().getString("title"));
        assertEquals(english, c.request().apply("fr, en;q=0.5").json().getString("title"), "the first language we speak wins");
        assertEquals(chinese, c.request().apply(null).json().getString("title"), "Chinese is the default");
        assertEquals(chinese, c.request().apply("zh-CN").json().getString("title"));
        assertEquals(chinese, c.request().apply("de").json().getString("title"), "a language we lack falls back to Chinese");
    }

    @Test
    void fieldMessagesAreTranslatedToo() {
        Case c = cases().stream().filter(k -> k.name().equals("ID number with a wrong check character")).findFirst().orElseThrow();
        assertEquals("the check character does not match; the number was probably mistyped",
                c.request().apply("en").json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("身份证号校验位不正确，请检查是否录入有误",
                c.request().apply(null).json().getJsonArray("errors").getJsonObject(0).getString("message"));
        Case size = cases().stream().filter(k -> k.name().equals("page size 0")).findFirst().orElseThrow();
        assertEquals("must be greater than or equal to 1",
                size.request().apply("en").json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    /** Bean Validation's "不能为null" is no word for an older user: a missing value is "必填" / "is required". */
    @Test
    void aMissingValueIsRequiredInPlainWords() {
        byte[] body = "{\"recipientId\": \"m0\", \"categoryCode\": \"MEAL\"}".getBytes(StandardCharsets.UTF_8);
        for (String[] language : new String[][] {{null, "必填"}, {"en", "is required"}}) {
            Api.Reply r = Api.raw("volunteer", "POST", "/api/timebank/services", "application/json", body, language[0]);
            assertEquals(400, r.status(), r::toString);
            JsonObject start = r.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("field").equals("start")).findFirst().orElseThrow(() -> new AssertionError(r.toString()));
            assertEquals(language[1], start.getString("message"), r::toString);
        }
    }

    /**
     * Subtler malformed input: hung parsers, converted numbers, trailing text, unnamed fields. Each once got past
     * the checks; kept apart so that the snapshot above stays exact.
     */
    @Nested
    @DisplayName("subtle malformed input")
    class SubtleInput {

        @ParameterizedTest(name = "{0} names {1}")
        @CsvSource(delimiter = '|', value = {
                "a string for a number (level)           | level",
                "an unknown enum value (deliveryMode)    | deliveryMode",
                "a date that does not exist (startsOn)   | startsOn",
                "a string for an id (caregiverId)        | caregiverId",
                "an unknown subsidy category             | subsidyCategory",
                "an unknown part                         | part",
                "level=abc                               | level",
                "startsFrom=notadate                     | startsFrom",
                "an unknown delivery mode                | mode",
                "an unknown enrolment status             | status",
                "audit entityId=abc                      | entityId",
                "eligibility as of 30 February           | asOf"})
        void aValueOfTheWrongTypeNamesItsField(String name, String field) {
            Case c = cases().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
            assertProblem(new Case(c.name(), c.request(), c.status(), field), c.request().apply(null));
        }

        @ParameterizedTest(name = "{0} names {1}")
        @CsvSource(delimiter = '|', value = {
                "a course module without a title | modules[1].title",
                "a null attendee                 | attendees[0]",
                "a blank panel member            | panel[1]"})
        void anElementOfAListIsNamedByItsIndex(String name, String field) {
            Api.Reply r = switch (name) {
                case "a course module without a title" -> Api.post(STAFF, "/api/courses", courseWith(c -> c.add("modules",
                        Json.createArrayBuilder().add(module("生活照料", 40)).add(module("", 40)))));
                case "a null attendee" -> Api.post(STAFF, sessions(), session(s -> s.add("attendees",
                        Json.createArrayBuilder().addNull())));
                default -> Api.post(ASSESSOR, scores(), Json.createObjectBuilder().add("part", "THEORY").add("score", 50)
                        .add("panel", Json.createArrayBuilder().add("马老师").add(" ")).build());
            };
            assertProblem(new Case(name, lang -> r, 400, field), r);
        }

        /** JSON-B turns 50.5 into 50 and 4294967346 (2^32 + 50) into 50: a score nobody entered, past @Max(100). */
        @ParameterizedTest(name = "score {0}")
        @CsvSource({"50.5", "4294967346", "1e400"})
        void aScoreThatIsNoIntIsRefusedNotConverted(String score) {
            long e = freshEnrolment();
            Api.Reply r = Api.raw(ASSESSOR, "POST", "/api/enrolments/" + e + "/scores", "application/json",
                    utf8("{\"part\":\"THEORY\",\"score\":" + score + "}"), null);
            assertProblem(new Case("score " + score, lang -> r, 400, null), r);
        }

        @Test
        void aChunkedBodyOver256KbIs413() {
            Api.Reply r = send(STAFF, "POST", "/api/caregivers", Map.of("Content-Type", "application/json"),
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversizedJson())), Duration.ofSeconds(60));
            assertProblem(new Case("chunked", lang -> r, 413, null), r);
        }

        @ParameterizedTest(name = "{0}: ///")
        @CsvSource({"Content-Type", "Accept"})
        void anUnparseableMediaTypeHeaderGetsAProblem(String header) {
            Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/json"));
            headers.put(header, "///");
            Api.Reply r = send(STAFF, "POST", "/api/caregivers", headers, HttpRequest.BodyPublishers.ofString("{}"),
                    Duration.ofSeconds(60));
            assertProblem(new Case(header, lang -> r, 400, null), r);
        }

        /**
         * The value of an unknown property that never closes sends the JSON parser's skip into an endless loop
         * (eclipse-ee4j/parsson#23), pinning a server thread until the server stops. One such request is sent.
         */
        @Test
        void anUnclosedValueOfAnUnknownPropertyIsRefusedPromptly() {
            Api.Reply r = send(STAFF, "POST", "/api/caregivers", Map.of("Content-Type", "application/json"),
                    HttpRequest.BodyPublishers.ofString("{\"unknown\":{"), Duration.ofSeconds(10));
            assertProblem(new Case("unclosed", lang -> r, 400, null), r);
        }

        @Test
        void textAfterTheJsonValueIsMalformed() {
            Api.Reply r = Api.raw(STAFF, "POST", "/api/courses/" + course + "/enrolments", "application/json",
                    utf8("{\"caregiverId\":" + UNKNOWN + "} and more"), null);
            assertProblem(new Case("trailing text", lang -> r, 400, null), r);
        }

        @Test
        void aBooleanFilterIsTrueOrFalse() {
            Api.Reply r = Api.get(REGULATOR, "/api/courses?subsidyEligible=maybe");
            assertProblem(new Case("subsidyEligible=maybe", lang -> r, 400, "subsidyEligible"), r);
        }

        @Test
        void eligibilityForAnOccupationThatDoesNotExistIsRefused() {
            Api.Reply r = Api.get(STAFF, "/api/caregivers/" + caregiver + "/eligibility?occupation=NOPE&level=5");
            assertTrue(r.status() == 400 || r.status() == 404, r::toString);
            assertTrue(r.isProblem(), r::toString);
        }

        @Test
        void aCaregiverRecordCanBeReadAndItsEditValidated() {
            Api.Reply unknown = Api.get(REGULATOR, "/api/caregivers/" + UNKNOWN);
            assertEquals("NOT_FOUND", unknown.isProblem() ? unknown.json().getString("code") : null, unknown::toString);
            Api.Reply blank = Api.put(STAFF, "/api/caregivers/" + caregiver,
                    World.caregiverJson(" ", World.idNumber(true)).remove("idNumber").build());
            assertProblem(new Case("blank name", lang -> blank, 400, "name"), blank);
        }
    }

    private static void assertProblem(Case c, Api.Reply r) {
        assertEquals(c.status(), r.status(), () -> c.name() + ": " + r);
        assertTrue(r.isProblem(), () -> c.name() + " answers application/problem+json: " + r);
        JsonObject problem = r.json();
        assertEquals(c.status(), problem.getInt("status"), () -> c.name() + ": " + r);
        assertFalse(problem.getString("title", "").isBlank(), () -> c.name() + " has a title: " + r);
        if (c.field() != null) {
            assertTrue(problem.getJsonArray("errors").stream().anyMatch(e -> c.field().equals(e.asJsonObject().getString("field"))),
                    () -> c.name() + " names the field " + c.field() + ": " + r);
        }
    }

    private static Case body(String name, String user, String method, String path, Object body, int status, String field) {
        byte[] bytes = utf8(body.toString());
        return new Case(name, lang -> Api.raw(user, method, path, "application/json", bytes, lang), status, field);
    }

    private static Case get(String name, String user, String path, int status, String field) {
        return new Case(name, lang -> Api.raw(user, "GET", path, null, null, lang), status, field);
    }

    private static Case get(String name, String user, String path, Map<String, String> headers, int status) {
        return new Case(name, lang -> send(user, "GET", path, inLanguage(headers, lang),
                HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(60)), status, null);
    }

    private static Case raw(String name, String user, String method, String path, String contentType, byte[] body, int status) {
        return new Case(name, lang -> Api.raw(user, method, path, contentType, body, lang), status, null);
    }

    /**
     * For headers and bodies that {@link Api} does not send; a timeout ends up as status 0 rather than an exception.
     * HTTP/1.1 because over h2c the JDK client keeps sending a body the server has already refused and never reads
     * the early 413 (curl, which stops sending, does get it).
     */
    private static Api.Reply send(String user, String method, String path, Map<String, String> headers,
                                  HttpRequest.BodyPublisher body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(timeout).method(method, body);
        if (user != null) {
            b.header("Authorization", "Bearer " + Api.token(user));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP_1_1.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (HttpTimeoutException e) {
            return new Api.Reply(0, null, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(e);
        }
    }

    private static Map<String, String> inLanguage(Map<String, String> headers, String language) {
        Map<String, String> all = new HashMap<>(headers);
        if (language != null) {
            all.put("Accept-Language", language);
        }
        return all;
    }

    private static JsonObject courseWith(UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(World.courseJson("YLHLY", 5, 10)).build();
    }

    private static JsonObject edit(JsonObject o, UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder(o)).build();
    }

    private static JsonObject caregiverWith(String idNumber) {
        return World.caregiverJson("输入学员", idNumber).build();
    }

    private static JsonObject work(UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder().add("employer", "输入测试单位").add("from", "2020-01-01").add("related", true))
                .build();
    }

    private static JsonObject certificate(UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder().add("occupationCode", "YLHLY").add("level", 5).add("kind", "SKILL_LEVEL")
                .add("number", "B0000001").add("issuedOn", "2020-06-01")).build();
    }

    private static JsonObject session(UnaryOperator<JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder().add("heldOn", LocalDate.now().minusDays(1).toString()).add("minutes", 60)
                .add("topic", "输入测试课").add("attendees", Json.createArrayBuilder().add(enrolment))).build();
    }

    private static JsonObject score(String part, int score) {
        return Json.createObjectBuilder().add("part", part).add("score", score).build();
    }

    private static JsonObject module(String title, int hours) {
        return Json.createObjectBuilder().add("title", title).add("hours", hours).build();
    }

    private static JsonObject hours(int hours) {
        return Json.createObjectBuilder().add("standardHours", hours).build();
    }

    private static JsonValue scope(String occupation, int level) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("occupationCode", occupation).add("level", level)).build();
    }

    private static JsonObject baseJson(String uscc) {
        return Json.createObjectBuilder().add("name", "输入测试基地 " + uscc).add("uscc", uscc).add("provinceCode", "41")
                .add("city", "郑州市").add("bodyType", "S").add("bodyCode", "4101").add("siteCode", "000098")
                .add("accreditations", scope("YLHLY", 5)).build();
    }

    private static String scores() {
        return "/api/enrolments/" + enrolment + "/scores";
    }

    private static String sessions() {
        return "/api/courses/" + course + "/sessions";
    }

    private static String rosterImport(String query) {
        return "/api/courses/" + course + "/roster-import" + query;
    }

    private static long freshEnrolment() {
        Api.Reply r = Api.post(STAFF, "/api/courses/" + course + "/enrolments", World.enrolFor(World.newCaregiver(STAFF, "分数学员")));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    /** The 17 digits with their MOD 11-2 check character, so only the rule under test is broken. */
    private static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * ((1 << (17 - i)) % 11);
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String wrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        String wrong = "0123456789X".replace(String.valueOf(right), "");
        String result = idNumber.substring(0, 17) + wrong.charAt(0);
        assertNotEquals(idNumber, result);
        return result;
    }

    /** A demo caregiver again (a conflict if it got through), padded to 300 KB: the limit must refuse it unread. */
    private static byte[] oversizedJson() {
        return utf8(World.caregiverJson("超长", "410102197803120249").add("padding", "x".repeat(300 * 1024)).build().toString());
    }

    private static byte[] zipOfText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(utf8("not a workbook"));
            zip.closeEntry();
        } catch (IOException e) {
            fail(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
