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
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OTHER_STATION;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OTHER_VOLUNTEER;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OWN_BASE_ASSESSOR;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.OWN_BASE_STAFF;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.RECIPIENT;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.REGULATOR;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.STATION;
import static cn.eldercare.app.it.AuthorizationMatrixIT.Who.VOLUNTEER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the API against every kind of caller. The fixtures belong to the 郑州 base and to
 * the demo account "caregiver", so "own" means 郑州 staff and assessors and that caregiver; the 许昌 accounts
 * and "caregiver2" are the outsiders. In the time bank, "station" and the demo members "volunteer",
 * "volunteer2" and "recipient" belong to the 金水 station; "station2" works at 魏都 and acts only on
 * people of its own station, as the matrix's fixtures give it some. An allowed call must succeed (2xx),
 * so a row also proves that the endpoint is reachable at all; a refused one must be 401 without a token
 * and 403 otherwise.
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
        REGULATOR("regulator", "regulator"),
        STATION("station", "staff of the members' station"),
        OTHER_STATION("station2", "staff of another station"),
        VOLUNTEER("volunteer", "the volunteer"),
        OTHER_VOLUNTEER("volunteer2", "another volunteer"),
        RECIPIENT("recipient", "the recipient");

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
    private static final Set<Who> TRAINING_ROLES = EnumSet.of(CAREGIVER, OTHER_CAREGIVER, OWN_BASE_STAFF, OTHER_BASE_STAFF,
            OWN_BASE_ASSESSOR, OTHER_BASE_ASSESSOR, REGULATOR);
    private static final Set<Who> OWN_STAFF_AND_REGULATOR = EnumSet.of(OWN_BASE_STAFF, REGULATOR);
    private static final Set<Who> STATIONS = EnumSet.of(STATION, OTHER_STATION);
    private static final Set<Who> MEMBERS = EnumSet.of(VOLUNTEER, OTHER_VOLUNTEER, RECIPIENT);
    private static final Set<Who> ACCOUNT_ADMINS = EnumSet.of(REGULATOR, OWN_BASE_STAFF, OTHER_BASE_STAFF, STATION, OTHER_STATION);

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
        MatrixCertificates.create(myCaregiver);
        MatrixTimeBank.create();
    }

    private static List<Endpoint> endpoints() {
        return Stream.of(training(), certificates(), timeBank()).flatMap(List::stream).toList();
    }

    private static List<Endpoint> training() {
        return List.of(
                row("POST", "/api/auth/login", EVERYONE, who -> Api.post(who.user, "/api/auth/login",
                        Json.createObjectBuilder().add("username", "regulator").add("password", Api.PASSWORD).build())),
                row("GET", "/api/auth/me", SIGNED_IN, who -> Api.get(who.user, "/api/auth/me")),
                row("POST", "/api/auth/logout", SIGNED_IN, who -> MatrixAccounts.logout(who.user)),

                // Account administration: the regulator for anyone, base and station staff for their own organisation's accounts.
                new Endpoint("POST", "/api/accounts/{id}/deactivate", "an account of the caller's organisation", ACCOUNT_ADMINS,
                        who -> accountAction(who, MatrixAccounts.ownOrganisationOf(who), "deactivate", false)),
                new Endpoint("POST", "/api/accounts/{id}/deactivate", "an account of another organisation", ONLY_REGULATOR,
                        who -> accountAction(who, MatrixAccounts.otherOrganisationOf(who), "deactivate", false)),
                new Endpoint("POST", "/api/accounts/{id}/reactivate", "an account of the caller's organisation", ACCOUNT_ADMINS,
                        who -> accountAction(who, MatrixAccounts.ownOrganisationOf(who), "reactivate", true)),
                new Endpoint("POST", "/api/accounts/{id}/reactivate", "an account of another organisation", ONLY_REGULATOR,
                        who -> accountAction(who, MatrixAccounts.otherOrganisationOf(who), "reactivate", true)),
                new Endpoint("POST", "/api/accounts/{id}/revoke-tokens", "an account of the caller's organisation", ACCOUNT_ADMINS,
                        who -> accountAction(who, MatrixAccounts.ownOrganisationOf(who), "revoke-tokens", false)),
                new Endpoint("POST", "/api/accounts/{id}/revoke-tokens", "an account of another organisation", ONLY_REGULATOR,
                        who -> accountAction(who, MatrixAccounts.otherOrganisationOf(who), "revoke-tokens", false)),
                // Anyone signed in may end every session of their own; anonymous callers name the demo volunteer's account.
                new Endpoint("POST", "/api/accounts/{id}/revoke-tokens", "the caller's own account", SIGNED_IN, who -> {
                    String user = who == ANONYMOUS ? "volunteer" : who.user;
                    Api.Reply r = MatrixAccounts.post(who.user, AccountSecurityIT.idOf(Api.token(user)), "revoke-tokens");
                    Api.forget(user);
                    return r;
                }),
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

    /** Certificates of the 郑州 base, one of them the demo caregiver's (see {@link MatrixCertificates}). */
    private static List<Endpoint> certificates() {
        long mine = MatrixCertificates.mine.getJsonNumber("id").longValue();
        return List.of(
                // Each allowed call issues a trained enrolment of its own; the refused ones name another.
                row("POST", "/api/certificates", ONLY_OWN_STAFF, who -> Api.post(who.user, "/api/certificates",
                        Json.createObjectBuilder().add("enrolmentId", who == OWN_BASE_STAFF
                                ? MatrixCertificates.toIssue : MatrixCertificates.notIssued).build())),
                // A list shows only what the caller may see, so every training role may ask.
                row("GET", "/api/certificates", TRAINING_ROLES, who -> Api.get(who.user, "/api/certificates?size=5")),
                row("GET", "/api/certificates/{id}", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/certificates/" + mine)),
                row("GET", "/api/certificates/{id}/pdf", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/certificates/" + mine + "/pdf")),
                // Each allowed caller revokes a certificate of its own, so none finds one already revoked.
                row("POST", "/api/certificates/{id}/revoke", OWN_STAFF_AND_REGULATOR, who -> MatrixCertificates.revokeAs(who.user,
                        who == OWN_BASE_STAFF ? MatrixCertificates.toRevoke.get(0)
                                : who == REGULATOR ? MatrixCertificates.toRevoke.get(1) : MatrixCertificates.target)),
                row("POST", "/api/certificates/{id}/reissue", ONLY_OWN_STAFF, who -> MatrixCertificates.reissueAs(who.user,
                        who == OWN_BASE_STAFF)),
                row("GET", "/api/caregivers/{id}/certificates", CAREGIVER_AND_BASE_READERS, who -> Api.get(who.user,
                        "/api/caregivers/" + myCaregiver + "/certificates")),

                // Public verification, sent from addresses of their own so the matrix never meets the rate limit.
                row("GET", "/api/verification", EVERYONE, who -> CertificateJourneyIT.Setup.call(who.user, "GET",
                        "/api/verification?number=" + MatrixCertificates.mine.getString("number") + "&name="
                                + URLEncoder.encode(MatrixCertificates.mine.getString("holderName"), StandardCharsets.UTF_8),
                        null, null, null)),
                row("GET", "/api/verification/codes/{code}", EVERYONE, who -> CertificateJourneyIT.Setup.call(who.user, "GET",
                        "/api/verification/codes/" + MatrixCertificates.mine.getString("verificationCode"), null, null, null)),
                row("POST", "/api/verification/documents", EVERYONE, who -> CertificateJourneyIT.Setup.call(who.user, "POST",
                        "/api/verification/documents", "application/pdf", MatrixCertificates.minePdf, null)),

                // Each allowed call starts the job of a cohort of its own; a cohort has one job at a time.
                row("POST", "/api/courses/{courseId}/certificate-jobs", ONLY_OWN_STAFF, who -> Api.post(who.user,
                        "/api/courses/" + (who == OWN_BASE_STAFF ? MatrixCertificates.untrainedCohort()
                                : MatrixCertificates.waitingCourse) + "/certificate-jobs", null)),
                row("GET", "/api/courses/{courseId}/certificate-jobs", BASE_READERS, who -> Api.get(who.user,
                        "/api/courses/" + MatrixCertificates.jobCourse + "/certificate-jobs")),
                row("GET", "/api/certificate-jobs/{id}", BASE_READERS, who -> Api.get(who.user,
                        "/api/certificate-jobs/" + MatrixCertificates.job)),
                row("GET", "/api/certificate-jobs/{id}/zip", OWN_STAFF_AND_REGULATOR, who -> Api.get(who.user,
                        "/api/certificate-jobs/" + MatrixCertificates.job + "/zip")),

                row("GET", "/api/certificate-statistics/staff", ONLY_REGULATOR, who -> Api.get(who.user,
                        "/api/certificate-statistics/staff")),
                row("GET", "/api/certificate-statistics/monthly", ONLY_REGULATOR, who -> Api.get(who.user,
                        "/api/certificate-statistics/monthly")),
                row("GET", "/api/certificate-statistics/subsidy", ONLY_REGULATOR, who -> Api.get(who.user,
                        "/api/certificate-statistics/subsidy?size=5")));
    }

    /** The time bank on the embedded ledger (see {@link MatrixTimeBank}). */
    private static List<Endpoint> timeBank() {
        return List.of(
                // From an address of its own per call, so the matrix never meets the rate limit of joining.
                row("POST", "/api/timebank/join", EVERYONE, who -> AccountSecurityIT.from(AccountSecurityIT.address(),
                        who.user == null ? null : Api.token(who.user), "POST", "/api/timebank/join?stationId=" + MatrixTimeBank.stationId,
                        MatrixTimeBank.newcomer())),
                // Only the station the volunteer applied to decides, on a fresh application each time.
                row("POST", "/api/timebank/members/{memberId}/approve", EnumSet.of(STATION), who -> Api.post(who.user,
                        "/api/timebank/members/" + MatrixAccounts.application() + "/approve", null)),
                row("POST", "/api/timebank/members/{memberId}/reject", EnumSet.of(STATION), who -> Api.post(who.user,
                        "/api/timebank/members/" + MatrixAccounts.application() + "/reject", AccountSecurityIT.reason("矩阵测试"))),
                // Each station registers someone new at its own station.
                row("POST", "/api/timebank/members", STATIONS, who -> Api.post(who.user, "/api/timebank/members",
                        MatrixTimeBank.person("矩阵新成员", LocalDate.of(1958, 6, 1), true, false, null, null))),
                // A station sees only its own members in the list.
                row("GET", "/api/timebank/members", EnumSet.of(STATION, OTHER_STATION, REGULATOR), who -> Api.get(who.user,
                        "/api/timebank/members?size=5")),
                row("GET", "/api/timebank/members/{memberId}", EnumSet.of(STATION, REGULATOR), who -> Api.get(who.user,
                        "/api/timebank/members/" + MatrixTimeBank.volunteer)),

                row("GET", "/api/timebank/me", MEMBERS, who -> Api.get(who.user, "/api/timebank/me")),
                row("GET", "/api/timebank/me/statement", MEMBERS, who -> Api.get(who.user, "/api/timebank/me/statement?size=5")),
                row("GET", "/api/timebank/me/relatives", MEMBERS, who -> Api.get(who.user, "/api/timebank/me/relatives")),
                // Only volunteers pick recipients: those they served, or one of their station by full name and ID number.
                row("GET", "/api/timebank/me/recipients", EnumSet.of(VOLUNTEER, OTHER_VOLUNTEER), who -> Api.get(who.user,
                        "/api/timebank/me/recipients?size=5")),
                new Endpoint("POST", "/api/timebank/me/recipients/lookup", "a recipient of the caller's station",
                        EnumSet.of(VOLUNTEER, OTHER_VOLUNTEER), who -> Api.post(who.user, "/api/timebank/me/recipients/lookup",
                        MatrixTimeBank.someoneElseIdentity())),
                // One minute at a time, for oneself: the demo volunteers earned minutes, the recipient got some from the fund.
                row("POST", "/api/timebank/me/redemptions", MEMBERS, who -> Api.post(who.user, "/api/timebank/me/redemptions",
                        Json.createObjectBuilder().add("categoryCode", "MEAL").add("minutes", 1).build())),
                // To a relative recorded by the station: the demo world's for "volunteer2", the matrix's for the others.
                row("POST", "/api/timebank/me/gifts", MEMBERS, who -> Api.post(who.user, "/api/timebank/me/gifts",
                        Json.createObjectBuilder().add("relativeId", MatrixTimeBank.giftRelativeOf(who.user)).add("minutes", 1).build())),
                row("POST", "/api/timebank/me/donations", MEMBERS, who -> Api.post(who.user, "/api/timebank/me/donations",
                        Json.createObjectBuilder().add("minutes", 1).build())),

                // A volunteer logs their own service; station staff log one for a volunteer of their station.
                row("POST", "/api/timebank/services", EnumSet.of(VOLUNTEER, OTHER_VOLUNTEER, STATION, OTHER_STATION),
                        who -> MatrixTimeBank.logFor(who.user)),
                new Endpoint("POST", "/api/timebank/services/{recordId}/confirm", "the recipient's own service, a station's own",
                        EnumSet.of(RECIPIENT, STATION, OTHER_STATION), who -> Api.post(who.user, "/api/timebank/services/"
                        + (who == RECIPIENT || who == STATION || who == OTHER_STATION ? MatrixTimeBank.recordFor(who.user)
                        : MatrixTimeBank.pendingRecord) + "/confirm", MatrixTimeBank.rating())),
                new Endpoint("POST", "/api/timebank/services/{recordId}/confirm", "a service to someone else",
                        STATIONS, who -> Api.post(who.user, "/api/timebank/services/"
                        + (who == RECIPIENT || who == STATION || who == OTHER_STATION ? MatrixTimeBank.recordOfSomeoneElse(who.user)
                        : MatrixTimeBank.pendingRecord) + "/confirm", MatrixTimeBank.rating())),
                row("GET", "/api/timebank/services/pending", EnumSet.of(VOLUNTEER, OTHER_VOLUNTEER, RECIPIENT, STATION, OTHER_STATION,
                        REGULATOR), who -> Api.get(who.user, "/api/timebank/services/pending?size=5")),

                // Each station records a relationship between two new people of its own station.
                row("POST", "/api/timebank/relatives", STATIONS, who -> Api.post(who.user, "/api/timebank/relatives",
                        who == STATION || who == OTHER_STATION ? MatrixTimeBank.freshRelatives(who.user)
                                : MatrixTimeBank.relativeJson(MatrixTimeBank.volunteer, MatrixTimeBank.recipient, "PARENT"))),
                row("POST", "/api/timebank/fund/issues", ONLY_REGULATOR, who -> Api.post(who.user, "/api/timebank/fund/issues",
                        MatrixTimeBank.fundIssue(MatrixTimeBank.recipient, 1))),
                row("GET", "/api/timebank/catalogue", SIGNED_IN, who -> Api.get(who.user, "/api/timebank/catalogue")),
                // Puts back the category and the rules as they are, so that no other test sees them change.
                row("PUT", "/api/timebank/catalogue/{code}", ONLY_REGULATOR, who -> Api.put(who.user, "/api/timebank/catalogue/MEAL",
                        MatrixTimeBank.currentMeal())),
                row("GET", "/api/timebank/rules", SIGNED_IN, who -> Api.get(who.user, "/api/timebank/rules")),
                row("PUT", "/api/timebank/rules", ONLY_REGULATOR, who -> Api.put(who.user, "/api/timebank/rules",
                        MatrixTimeBank.currentRules())),
                row("GET", "/api/timebank/statistics", ONLY_REGULATOR, who -> Api.get(who.user, "/api/timebank/statistics")),
                new Endpoint("GET", "/api/timebank/statistics", "CSV", ONLY_REGULATOR, who -> Api.get(who.user,
                        "/api/timebank/statistics?format=csv")),
                new Endpoint("GET", "/api/timebank/statistics", "XLSX", ONLY_REGULATOR, who -> Api.get(who.user,
                        "/api/timebank/statistics?format=xlsx")),
                row("POST", "/api/timebank/ledger/verify", ONLY_REGULATOR, who -> Api.post(who.user, "/api/timebank/ledger/verify", null)),
                row("GET", "/api/timebank/read-model/check", ONLY_REGULATOR, who -> Api.get(who.user, "/api/timebank/read-model/check")),
                // Last: the read model refills in the background, under no other row's reads.
                row("POST", "/api/timebank/ledger/read-model/rebuild", ONLY_REGULATOR, who -> Api.post(who.user,
                        "/api/timebank/ledger/read-model/rebuild", null)));
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

    /**
     * An account action on the target: when {@code fromDeactivated}, the regulator deactivates it first; the
     * target ends active with its tokens fetched afresh, whatever the caller's answer.
     */
    private static Api.Reply accountAction(Who who, MatrixAccounts.Target target, String action, boolean fromDeactivated) {
        MatrixAccounts.Target t = fromDeactivated ? MatrixAccounts.deactivated(target) : target;
        return MatrixAccounts.restoring(t, () -> MatrixAccounts.post(who.user, t.id(), action));
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
