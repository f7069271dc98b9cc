package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.ANONYMOUS;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.CAREGIVER;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OTHER_BASE_ASSESSOR;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OTHER_BASE_STAFF;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OTHER_CAREGIVER;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OWN_BASE_ASSESSOR;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OWN_BASE_STAFF;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.REGULATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the API against every kind of caller. The fixtures belong to the 郑州 base and to
 * the demo account "caregiver", so "own" means 郑州 staff and assessors and that caregiver; the 许昌 accounts
 * and "caregiver2" are the outsiders. An allowed call must succeed (2xx), so a row also proves that the
 * endpoint is reachable at all; a refused one must be 401 without a token and 403 otherwise.
 */
class AuthorizationMatrixIT {

    enum Who {
        ANONYMOUS(null, "anonymous"),
        CAREGIVER("caregiver", "the caregiver"),
        OTHER_CAREGIVER("caregiver2", "another caregiver"),
        OWN_BASE_STAFF("zz-staff", "staff of the owning base"),
        OTHER_BASE_STAFF("xc-staff", "staff of another base"),
        OWN_BASE_ASSESSOR("zz-assessor", "assessor of the owning base"),
        OTHER_BASE_ASSESSOR("xc-assessor", "assessor of another base"),
        REGULATOR("regulator", "regulator");

        final String user;
        final String label;

        Who(String user, String label) {
            this.user = user;
            this.label = label;
        }

        boolean isCaregiver() {
            return this == CAREGIVER || this == OTHER_CAREGIVER;
        }
    }

    /** One operation of the API; {@code variant} tells apart two rows that exercise different ownership rules. */
    private record Endpoint(String method, String path, String variant, Set<Who> allowed, Function<Who, Api.Reply> call) {
        String name() {
            return method + " " + path + (variant == null ? "" : " (" + variant + ")");
        }
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> ONLY_REGULATOR = EnumSet.of(REGULATOR);
    private static final Set<Who> ONLY_OWN_STAFF = EnumSet.of(OWN_BASE_STAFF);
    private static final Set<Who> ANY_BASE_STAFF = EnumSet.of(OWN_BASE_STAFF, OTHER_BASE_STAFF);
    private static final Set<Who> BASE_READERS = EnumSet.of(OWN_BASE_STAFF, OWN_BASE_ASSESSOR, REGULATOR);
    private static final Set<Who> CAREGIVER_AND_BASE_READERS = EnumSet.of(CAREGIVER, OWN_BASE_STAFF, OWN_BASE_ASSESSOR, REGULATOR);
    private static final Set<Who> CAREGIVER_AND_OWN_STAFF = EnumSet.of(CAREGIVER, OWN_BASE_STAFF);

    /** The demo caregiver's own record, registered by 郑州. */
    private static long myCaregiver;
    private static JsonObject myProfile;
    /** A 郑州 course with the demo caregiver's enrolment in it. */
    private static long course;
    private static long myEnrolment;
    /** A caregiver registered by 郑州 who has no account. */
    private static long baseCaregiver;
    /** Separate courses for the two enrolment rows, so neither meets the other's enrolments. */
    private static long selfEnrolCourse;
    private static long staffEnrolCourse;
    private static long base;
    private static int xfssLevel4Hours;

    @BeforeAll
    static void fixtures() {
        myCaregiver = Api.get(CAREGIVER.user, "/api/auth/me").json().getJsonNumber("caregiverId").longValue();
        course = World.newCourse(OWN_BASE_STAFF.user, 5, 50);
        Api.Reply enrolled = Api.post(OWN_BASE_STAFF.user, "/api/courses/" + course + "/enrolments", World.enrolFor(myCaregiver));
        assertEquals(201, enrolled.status(), enrolled::toString);
        myEnrolment = enrolled.json().getJsonNumber("id").longValue();
        myProfile = profileOf(myCaregiver, enrolled.json().getString("caregiverName"));
        baseCaregiver = World.newCaregiver(OWN_BASE_STAFF.user, "矩阵学员");
        selfEnrolCourse = World.newCourse(OWN_BASE_STAFF.user, 5, 50);
        staffEnrolCourse = World.newCourse(OWN_BASE_STAFF.user, 5, 50);
        Api.Reply registered = Api.post(REGULATOR.user, "/api/bases", baseJson(uscc()));
        assertEquals(201, registered.status(), registered::toString);
        base = registered.json().getJsonNumber("id").longValue();
        xfssLevel4Hours = Api.get(REGULATOR.user, "/api/occupations").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("code").equals("XFSS"))
                .flatMap(o -> o.getJsonArray("levels").stream()).map(JsonValue::asJsonObject)
                .filter(l -> l.getInt("level") == 4).findFirst().orElseThrow().getInt("standardHours");
    }

    private static List<Endpoint> endpoints() {
        return List.of(
                row("POST", "/api/auth/login", EVERYONE, who -> Api.post(who.user, "/api/auth/login",
                        Json.createObjectBuilder().add("username", "regulator").add("password", Api.PASSWORD).build())),
                row("GET", "/api/auth/me", SIGNED_IN, who -> Api.get(who.user, "/api/auth/me")),
                row("GET", "/api/ping", EVERYONE, who -> Api.get(who.user, "/api/ping")),
                row("GET", "/api/audit", ONLY_REGULATOR, who -> Api.get(who.user, "/api/audit?size=1")),

                row("GET", "/api/bases", SIGNED_IN, who -> Api.get(who.user, "/api/bases")),
                row("GET", "/api/bases/{id}", SIGNED_IN, who -> Api.get(who.user, "/api/bases/" + base)),
                row("POST", "/api/bases", ONLY_REGULATOR, who -> Api.post(who.user, "/api/bases", baseJson(uscc()))),
                row("PUT", "/api/bases/{id}/accreditations", ONLY_REGULATOR, who -> Api.put(who.user,
                        "/api/bases/" + base + "/accreditations", scope())),

                row("GET", "/api/occupations", SIGNED_IN, who -> Api.get(who.user, "/api/occupations")),
                // Puts back the hours already in force, so that no other test sees different standard hours.
                row("PUT", "/api/occupations/{code}/levels/{level}", ONLY_REGULATOR, who -> Api.put(who.user,
                        "/api/occupations/XFSS/levels/4", Json.createObjectBuilder().add("standardHours", xfssLevel4Hours).build())),

                row("GET", "/api/courses", SIGNED_IN, who -> Api.get(who.user, "/api/courses")),
                row("GET", "/api/courses/{id}", SIGNED_IN, who -> Api.get(who.user, "/api/courses/" + course)),
                // Both bases are accredited for YLHLY level 5, so each may create the course at its own base.
                row("POST", "/api/courses", ANY_BASE_STAFF, who -> Api.post(who.user, "/api/courses",
                        World.courseJson("YLHLY", 5, 10).build())),
                row("PUT", "/api/courses/{id}", ONLY_OWN_STAFF, who -> Api.put(who.user, "/api/courses/" + course,
                        World.courseJson("YLHLY", 5, 50).build())),

                new Endpoint("POST", "/api/courses/{courseId}/enrolments", "a caregiver enrols themself, staff a caregiver",
                        EnumSet.of(CAREGIVER, OTHER_CAREGIVER, OWN_BASE_STAFF), who -> Api.post(who.user,
                        "/api/courses/" + selfEnrolCourse + "/enrolments",
                        who.isCaregiver() ? JsonValue.EMPTY_JSON_OBJECT : World.enrolFor(baseCaregiver))),
                new Endpoint("POST", "/api/courses/{courseId}/enrolments", "naming a caregiver who is not the caller",
                        ONLY_OWN_STAFF, who -> Api.post(who.user, "/api/courses/" + staffEnrolCourse + "/enrolments",
                        World.enrolFor(baseCaregiver))),
                row("GET", "/api/courses/{courseId}/enrolments", BASE_READERS, who -> Api.get(who.user,
                        "/api/courses/" + course + "/enrolments")),
                row("POST", "/api/courses/{courseId}/sessions", ONLY_OWN_STAFF, who -> Api.post(who.user,
                        "/api/courses/" + course + "/sessions", session())),
                row("GET", "/api/courses/{courseId}/sessions", BASE_READERS, who -> Api.get(who.user,
                        "/api/courses/" + course + "/sessions")),
                new Endpoint("POST", "/api/courses/{courseId}/roster-import", "CSV", ONLY_OWN_STAFF, who -> Api.raw(who.user,
                        "POST", "/api/courses/" + course + "/roster-import", MatrixRosters.CSV, MatrixRosters.csv(roster()), null)),
                new Endpoint("POST", "/api/courses/{courseId}/roster-import", "XLSX", ONLY_OWN_STAFF, who -> Api.raw(who.user,
                        "POST", "/api/courses/" + course + "/roster-import", MatrixRosters.XLSX, MatrixRosters.xlsx(roster()), null)),

                row("GET", "/api/enrolments/{id}", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/enrolments/" + myEnrolment)),
                // Each call cancels an enrolment of its own, so an earlier allowed call leaves nothing to refuse.
                row("POST", "/api/enrolments/{id}/cancel", CAREGIVER_AND_OWN_STAFF, who -> Api.post(who.user,
                        "/api/enrolments/" + freshEnrolmentOfMine() + "/cancel", null)),
                row("GET", "/api/enrolments/{id}/scores", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/enrolments/" + myEnrolment + "/scores")),
                // A failed part may be retaken any number of times, so the allowed call always succeeds.
                row("POST", "/api/enrolments/{id}/scores", EnumSet.of(OWN_BASE_ASSESSOR), who -> Api.post(who.user,
                        "/api/enrolments/" + myEnrolment + "/scores",
                        Json.createObjectBuilder().add("part", "THEORY").add("score", 50).build())),
                row("GET", "/api/me/enrolments", EnumSet.of(CAREGIVER, OTHER_CAREGIVER), who -> Api.get(who.user,
                        "/api/me/enrolments")),

                row("GET", "/api/caregivers", EnumSet.of(OWN_BASE_STAFF, OTHER_BASE_STAFF, OWN_BASE_ASSESSOR,
                        OTHER_BASE_ASSESSOR, REGULATOR), who -> Api.get(who.user, "/api/caregivers")),
                row("POST", "/api/caregivers", ANY_BASE_STAFF, who -> Api.post(who.user, "/api/caregivers",
                        World.caregiverJson("矩阵新学员", World.idNumber(true)).build())),
                row("GET", "/api/caregivers/{id}", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/caregivers/" + myCaregiver)),
                // Sends the profile as it is, so the demo caregiver stays unchanged for everyone else.
                row("PUT", "/api/caregivers/{id}", CAREGIVER_AND_OWN_STAFF, who -> Api.put(who.user,
                        "/api/caregivers/" + myCaregiver, myProfile)),
                row("GET", "/api/caregivers/{id}/work", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/caregivers/" + myCaregiver + "/work")),
                // Unrelated work long ago: it changes no eligibility check of the demo caregiver.
                row("POST", "/api/caregivers/{id}/work", CAREGIVER_AND_OWN_STAFF, who -> Api.post(who.user,
                        "/api/caregivers/" + myCaregiver + "/work", Json.createObjectBuilder().add("employer", "矩阵测试单位")
                                .add("from", "2001-01-01").add("to", "2001-02-01").add("related", false).build())),
                row("GET", "/api/caregivers/{id}/prior-certificates", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/caregivers/" + myCaregiver + "/prior-certificates")),
                row("POST", "/api/caregivers/{id}/prior-certificates", ONLY_OWN_STAFF, who -> Api.post(who.user,
                        "/api/caregivers/" + baseCaregiver + "/prior-certificates", Json.createObjectBuilder()
                                .add("occupationCode", "YLHLY").add("level", 5).add("kind", "SKILL_LEVEL")
                                .add("number", "M" + ThreadLocalRandom.current().nextLong(1_000_000_000L))
                                .add("issuedOn", "2020-06-01").build())),
                row("GET", "/api/caregivers/{id}/eligibility", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/caregivers/" + myCaregiver + "/eligibility?occupation=YLHLY&level=5")));
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointForEveryKindOfCaller() {
        return endpoints().stream().map(e -> DynamicContainer.dynamicContainer(e.name(), Arrays.stream(Who.values())
                .map(who -> DynamicTest.dynamicTest(e.name() + " as " + who.label
                        + (e.allowed().contains(who) ? ": allowed" : ": refused"), () -> check(e, who)))));
    }

    /** A new endpoint shows up in the OpenAPI document; without a row here, this test names it. */
    @Test
    void openApiDocumentsExactlyTheEndpointsOfTheMatrix() throws IOException, InterruptedException {
        Api.awaitReady();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        JsonObject paths = Json.createReader(new StringReader(r.body())).readObject().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        documented.removeIf(op -> !op.contains(" /api/"));
        Set<String> covered = endpoints().stream().map(e -> e.method() + " " + e.path()).collect(Collectors.toCollection(TreeSet::new));

        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(covered);
        Set<String> undocumented = new TreeSet<>(covered);
        undocumented.removeAll(documented);
        assertTrue(withoutRow.isEmpty() && undocumented.isEmpty(),
                "documented but not in the matrix: " + withoutRow + "; in the matrix but not documented: " + undocumented);
    }

    private static void check(Endpoint e, Who who) {
        Api.Reply r = e.call().apply(who);
        String as = e.name() + " as " + who.label;
        if (e.allowed().contains(who)) {
            assertTrue(r.status() >= 200 && r.status() < 300, () -> as + " should succeed: " + r);
        } else {
            assertEquals(who == ANONYMOUS ? 401 : 403, r.status(), () -> as + " should be refused: " + r);
            assertTrue(r.isProblem(), () -> as + " should answer a problem: " + r);
        }
    }

    private static Endpoint row(String method, String path, Set<Who> allowed, Function<Who, Api.Reply> call) {
        return new Endpoint(method, path, null, allowed, call);
    }

    private static long freshEnrolmentOfMine() {
        long c = World.newCourse(OWN_BASE_STAFF.user, 5, 5);
        Api.Reply r = Api.post(OWN_BASE_STAFF.user, "/api/courses/" + c + "/enrolments", World.enrolFor(myCaregiver));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject session() {
        return Json.createObjectBuilder().add("heldOn", LocalDate.now().minusDays(1).toString()).add("minutes", 60)
                .add("topic", "矩阵测试课").add("attendees", Json.createArrayBuilder().add(myEnrolment)).build();
    }

    private static List<List<Object>> roster() {
        return List.of(List.copyOf(MatrixRosters.HEADER), MatrixRosters.person("矩阵名册学员", World.idNumber(true)));
    }

    /** The editable fields of a caregiver as they are now, found through the list (the regulator sees everyone). */
    private static JsonObject profileOf(long id, String name) {
        Api.Reply r = Api.get(REGULATOR.user, "/api/caregivers?size=100&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r::toString);
        JsonObject view = r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        var profile = Json.createObjectBuilder();
        for (String field : List.of("name", "gender", "phone", "education", "educationInField", "finalYearStudent",
                "apprenticeshipCompleted", "subsidyCategory")) {
            if (view.containsKey(field)) {
                profile.add(field, view.get(field));
            }
        }
        return profile.build();
    }

    private static JsonValue scope() {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("occupationCode", "YLHLY").add("level", 5)).build();
    }

    private static JsonObject baseJson(String uscc) {
        return Json.createObjectBuilder().add("name", "矩阵测试基地 " + uscc).add("uscc", uscc).add("provinceCode", "41")
                .add("city", "郑州市").add("bodyType", "S").add("bodyCode", "4101").add("siteCode", "000099")
                .add("accreditations", scope()).build();
    }

    /** A fresh, valid unified social credit code (GB 32100): a civil-affairs body in 郑州 with a random organisation code. */
    static String uscc() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String first17 = "52410100" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
