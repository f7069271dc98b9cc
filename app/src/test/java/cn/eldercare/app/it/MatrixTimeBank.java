package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time-bank fixtures of the authorization matrix. The demo accounts "volunteer", "volunteer2" and
 * "recipient" are members of the 金水 station ("station"); the matrix adds members of its own at both
 * stations, so that each station only ever acts on its own station's people, and gives each spending
 * caller a relative and minutes to spend.
 */
final class MatrixTimeBank {

    static final String STATION = "station";
    static final String STATION2 = "station2";

    static String volunteer;
    static String volunteer2;
    static String recipient;
    static long stationId;
    /** Members of the 魏都 station: a volunteer with an account, a recipient without. */
    static String otherVolunteerUser;
    static String otherVolunteer;
    static String otherRecipient;
    /** A recipient of the 金水 station without an account, the one "someone else's service" is for. */
    static String someoneElse;
    private static JsonObject someoneElsePerson;
    /** A pending service of the demo volunteer to the demo recipient, for the refused confirmations. */
    static String pendingRecord;
    /** Whom each spending caller gifts to: a relative the station recorded for them. */
    private static final Map<String, String> giftRelatives = new HashMap<>();

    private MatrixTimeBank() {
    }

    static void create() {
        volunteer = memberIdOf("volunteer");
        volunteer2 = memberIdOf("volunteer2");
        JsonObject me = Api.get("recipient", "/api/timebank/me").json().getJsonObject("member");
        recipient = me.getString("memberId");
        stationId = me.getJsonNumber("stationId").longValue();
        otherVolunteerUser = "mxv" + System.nanoTime() % 100_000_000;
        otherVolunteer = join(STATION2, "矩阵魏都志愿者", LocalDate.of(1961, 4, 1), true, false, null, otherVolunteerUser);
        otherRecipient = join(STATION2, "矩阵魏都老人", LocalDate.of(1937, 4, 1), false, true, null, null);
        someoneElsePerson = person("矩阵金水老人", LocalDate.of(1936, 4, 1), false, true, null, null);
        Api.Reply elder = Api.post(STATION, "/api/timebank/members", someoneElsePerson);
        assertEquals(201, elder.status(), elder::toString);
        someoneElse = elder.json().getString("memberId");
        pendingRecord = log("volunteer", recipient);

        // Each spending caller gets a relative to gift to; "volunteer2" has one in the demo world.
        giftRelatives.put("volunteer", join(STATION, "矩阵亲属甲", LocalDate.of(1934, 4, 1), false, true, null, null));
        relative(volunteer, giftRelatives.get("volunteer"), "PARENT");
        giftRelatives.put("recipient", join(STATION, "矩阵亲属乙", LocalDate.of(1966, 4, 1), true, false, null, null));
        relative(recipient, giftRelatives.get("recipient"), "CHILD");
        Api.Reply defu = Api.get(STATION, "/api/timebank/members?size=5&name=" + URLEncoder.encode("王德福", StandardCharsets.UTF_8));
        assertEquals(200, defu.status(), defu::toString);
        giftRelatives.put("volunteer2", defu.json().getJsonArray("items").getJsonObject(0).getString("memberId"));
        // The demo recipient earns nothing; the fund gives her minutes to redeem, gift and donate in the matrix.
        Api.Reply issued = Api.post("regulator", "/api/timebank/fund/issues", fundIssue(recipient, 30));
        assertEquals(200, issued.status(), issued::toString);
    }

    /** The relative of a spending caller; anyone else (refused anyway) names the volunteer's. */
    static String giftRelativeOf(String user) {
        return giftRelatives.getOrDefault(user, giftRelatives.get("volunteer"));
    }

    static String memberIdOf(String user) {
        Api.Reply r = Api.get(user, "/api/timebank/me");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonObject("member").getString("memberId");
    }

    /** Someone new, registered by the given station. */
    static String join(String station, String name, LocalDate birth, boolean asVolunteer, boolean asRecipient, String priority,
                       String username) {
        Api.Reply r = Api.post(station, "/api/timebank/members", person(name, birth, asVolunteer, asRecipient, priority, username));
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("memberId");
    }

    /** The full name and ID number of the 金水 recipient "someone else", as a volunteer looks them up. */
    static JsonObject someoneElseIdentity() {
        return Json.createObjectBuilder().add("name", someoneElsePerson.getString("name"))
                .add("idNumber", someoneElsePerson.getString("idNumber")).build();
    }

    static JsonObject person(String name, LocalDate birth, boolean asVolunteer, boolean asRecipient, String priority, String username) {
        var b = Json.createObjectBuilder().add("name", name).add("idNumber", World.idNumberBornOn(birth)).add("regionCode", "410105")
                .add("volunteer", asVolunteer).add("recipient", asRecipient);
        if (priority != null) {
            b.add("priority", priority);
        }
        if (username != null) {
            b.add("username", username).add("password", Api.PASSWORD);
        }
        return b.build();
    }

    /** A fresh person with a fresh account, as someone joining on their own would send. */
    static JsonObject newcomer() {
        return person("矩阵自助注册", LocalDate.of(1962, 6, 1), true, false, null, "mxj" + System.nanoTime() % 100_000_000);
    }

    static void relative(String member, String relative, String kinship) {
        Api.Reply r = Api.post(STATION, "/api/timebank/relatives", relativeJson(member, relative, kinship));
        assertEquals(200, r.status(), r::toString);
    }

    static JsonObject relativeJson(String member, String relative, String kinship) {
        return Json.createObjectBuilder().add("memberId", member).add("relativeId", relative).add("kinship", kinship).build();
    }

    /** Two new people of the caller's station (金水 for anyone but "station2") and the relationship between them. */
    static JsonObject freshRelatives(String caller) {
        String station = STATION2.equals(caller) ? STATION2 : STATION;
        String child = join(station, "矩阵子女", LocalDate.of(1968, 4, 1), true, false, null, null);
        String parent = join(station, "矩阵父母", LocalDate.of(1940, 4, 1), false, true, null, null);
        return relativeJson(child, parent, "PARENT");
    }

    static JsonObject fundIssue(String member, long minutes) {
        return Json.createObjectBuilder().add("memberId", member).add("minutes", minutes).add("reason", "矩阵测试兜底").build();
    }

    /**
     * A short service a day and a half ago, between the demo world's services (which end on the hour,
     * a whole number of days ago); a slot already taken, by an earlier run on the same server, is tried again.
     */
    static Api.Reply logAs(String user, String volunteerId, String recipientId) {
        Api.Reply r = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.HOURS)
                    .minus(ThreadLocalRandom.current().nextInt(600) * 2L, ChronoUnit.MINUTES);
            var b = Json.createObjectBuilder().add("recipientId", recipientId).add("categoryCode", "MEAL")
                    .add("start", start.toString()).add("end", start.plus(1, ChronoUnit.MINUTES).toString());
            if (volunteerId != null) {
                b.add("volunteerId", volunteerId);
            }
            r = Api.post(user, "/api/timebank/services", b.build());
            if (r.status() != 409 || !r.body().contains("OVERLAPPING_WINDOW")) {
                return r;
            }
        }
        return r;
    }

    /** A pending service the volunteer behind {@code user} logged for the recipient. */
    static String log(String user, String recipientId) {
        Api.Reply r = logAs(user, null, recipientId);
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("recordId");
    }

    static JsonObject rating() {
        return Json.createObjectBuilder().add("rating", 5).add("comment", "矩阵测试").build();
    }

    /** A service for the caller to confirm: to the demo recipient, or at 魏都 for that station's staff. */
    static String recordFor(String caller) {
        return STATION2.equals(caller) ? log(otherVolunteerUser, otherRecipient) : log("volunteer", recipient);
    }

    /** A service to someone other than the demo recipient, at the caller's station. */
    static String recordOfSomeoneElse(String caller) {
        return STATION2.equals(caller) ? log(otherVolunteerUser, otherRecipient) : log("volunteer", someoneElse);
    }

    /** A service logged by station staff for a volunteer of their own station, or by a volunteer for themself. */
    static Api.Reply logFor(String caller) {
        if (STATION2.equals(caller)) {
            return logAs(caller, otherVolunteer, otherRecipient);
        }
        return logAs(caller, STATION.equals(caller) ? volunteer : null, recipient);
    }

    /** Puts back the rules in force, so that no other test sees them change. */
    static JsonObject currentRules() {
        JsonObject now = Api.get("regulator", "/api/timebank/rules").json();
        var b = Json.createObjectBuilder();
        for (String field : new String[] {"storageCapMinutes", "redeemThresholdMinutes", "minRedeemAge"}) {
            JsonObject source = now.containsKey("rules") ? now.getJsonObject("rules") : now;
            assertTrue(source.containsKey(field), () -> "rules without " + field + ": " + now);
            b.add(field, source.get(field));
        }
        return b.build();
    }

    /** Puts back the MEAL category as it is. */
    static JsonObject currentMeal() {
        JsonValue list = Api.get("regulator", "/api/timebank/catalogue").structure();
        JsonObject meal = (list.getValueType() == JsonValue.ValueType.ARRAY ? list.asJsonArray()
                : list.asJsonObject().getJsonArray("categories")).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals("MEAL")).findFirst().orElseThrow();
        return Json.createObjectBuilder().add("nameZh", meal.get("nameZh")).add("nameEn", meal.get("nameEn"))
                .add("weightPercent", meal.get("weightPercent")).add("active", meal.get("active")).build();
    }
}
