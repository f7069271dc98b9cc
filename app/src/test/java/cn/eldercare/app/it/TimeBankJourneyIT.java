package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.eldercare.app.it.Api.get;
import static cn.eldercare.app.it.Api.post;
import static cn.eldercare.app.it.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The volunteer's journey on the embedded ledger, over HTTP: a station registers people, a volunteer
 * logs a service, the recipient confirms it, the balance and statement show it, a gift to a relative,
 * a redemption, and every refusal of the rules answered as a problem.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeBankJourneyIT {

    private static final String STATION = "station";
    private static final AtomicInteger HOURS_AGO = new AtomicInteger(100);
    private static Instant firstEnd;
    private static String volunteer;
    private static String recipient;
    private static String parent;
    private static String young;
    private static final String V_USER = "v" + System.nanoTime() % 1_000_000;
    private static final String R_USER = "r" + System.nanoTime() % 1_000_000;
    private static final String Y_USER = "y" + System.nanoTime() % 1_000_000;

    @BeforeAll
    static void people() {
        volunteer = join("张志愿", LocalDate.of(1963, 5, 1), true, false, V_USER);
        recipient = join("李奶奶", LocalDate.of(1939, 2, 1), false, true, R_USER);
        parent = join("张爷爷", LocalDate.of(1937, 8, 1), false, true, null);
        young = join("王青年", LocalDate.of(1990, 3, 1), true, false, Y_USER);
    }

    @AfterAll
    static void defaultRules() {
        put("regulator", "/api/timebank/rules", Json.createObjectBuilder().add("storageCapMinutes", 90_000)
                .add("redeemThresholdMinutes", 0).build());
    }

    @Test
    @Order(1)
    void serviceConfirmedByTheRecipientIsCredited() {
        firstEnd = Instant.now().minus(HOURS_AGO.get(), ChronoUnit.HOURS);
        String record = log(V_USER, 120);
        Api.Reply confirmed = post(R_USER, "/api/timebank/services/" + record + "/confirm", Json.createObjectBuilder().add("rating", 5).build());
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(120, awaitBalance(V_USER, 120));
        JsonObject statement = get(V_USER, "/api/timebank/me/statement").json();
        assertEquals("EARNED", statement.getJsonArray("items").getJsonObject(0).getString("kind"));
        assertEquals(record, statement.getJsonArray("items").getJsonObject(0).getString("recordId"));
    }

    @Test
    @Order(2)
    void overlappingWindowIsRefused() {
        Api.Reply overlap = post(V_USER, "/api/timebank/services",
                service(null, firstEnd.minus(30, ChronoUnit.MINUTES), firstEnd.plus(30, ChronoUnit.MINUTES)));
        assertRefused(overlap, 409, "OVERLAPPING_WINDOW");
    }

    @Test
    @Order(3)
    void whoRecordedAServiceCannotConfirmIt() {
        Instant end = Instant.now().minus(HOURS_AGO.getAndAdd(3), ChronoUnit.HOURS);
        Api.Reply logged = post(STATION, "/api/timebank/services", service(volunteer, end.minus(60, ChronoUnit.MINUTES), end));
        assertEquals(201, logged.status(), logged::toString);
        Api.Reply self = post(STATION, "/api/timebank/services/" + logged.json().getString("recordId") + "/confirm",
                Json.createObjectBuilder().add("rating", 4).build());
        assertRefused(self, 403, "SELF_CONFIRMATION");
    }

    @Test
    @Order(4)
    void giftNeedsARecordedRelative() {
        Api.Reply notYet = post(V_USER, "/api/timebank/me/gifts", Json.createObjectBuilder().add("relativeId", parent).add("minutes", 30).build());
        assertRefused(notYet, 409, "NOT_RELATIVE");
        Api.Reply recorded = post(STATION, "/api/timebank/relatives", Json.createObjectBuilder().add("memberId", volunteer)
                .add("relativeId", parent).add("kinship", "PARENT").build());
        assertEquals(200, recorded.status(), recorded::toString);
        Api.Reply gift = post(V_USER, "/api/timebank/me/gifts", Json.createObjectBuilder().add("relativeId", parent).add("minutes", 30).build());
        assertEquals(200, gift.status(), gift::toString);
        assertEquals(90, awaitBalance(V_USER, 90));
    }

    @Test
    @Order(5)
    void storageCapAndThresholdAreEnforced() {
        put("regulator", "/api/timebank/rules", Json.createObjectBuilder().add("redeemThresholdMinutes", 6000).build());
        assertRefused(redeem(V_USER, 30, null), 409, "BELOW_THRESHOLD");
        put("regulator", "/api/timebank/rules", Json.createObjectBuilder().add("redeemThresholdMinutes", 0).add("storageCapMinutes", 60).build());
        Api.Reply overCap = post(V_USER, "/api/timebank/me/gifts", Json.createObjectBuilder().add("relativeId", parent).add("minutes", 40).build());
        assertRefused(overCap, 409, "CAP_EXCEEDED");
        put("regulator", "/api/timebank/rules", Json.createObjectBuilder().add("storageCapMinutes", 90_000).build());
    }

    @Test
    @Order(6)
    void redemptionNeedsAgeAndBalance() {
        assertRefused(redeem(V_USER, 1000, null), 409, "INSUFFICIENT_BALANCE");
        Api.Reply redeemed = redeem(V_USER, 60, null);
        assertEquals(200, redeemed.status(), redeemed::toString);
        assertEquals(30, awaitBalance(V_USER, 30));

        String record = log(Y_USER, 60);
        assertEquals(200, post(R_USER, "/api/timebank/services/" + record + "/confirm", Json.createObjectBuilder().add("rating", 5).build()).status());
        awaitBalance(Y_USER, 60);
        assertRefused(redeem(Y_USER, 30, null), 409, "UNDER_AGE");
    }

    @Test
    @Order(7)
    void stationSeesItsPendingQueue() {
        String record = log(V_USER, 30);
        assertTrue(Api.awaitPending(STATION, p -> p.getString("recordId").equals(record)).isPresent(),
                "the pending record appears in the station's queue");
    }

    @Test
    @Order(8)
    void anotherStationCannotActForThisStationsMembers() {
        Instant end = Instant.now().minus(HOURS_AGO.getAndAdd(3), ChronoUnit.HOURS);
        Api.Reply foreign = post("station2", "/api/timebank/services", service(volunteer, end.minus(30, ChronoUnit.MINUTES), end));
        assertEquals(403, foreign.status(), foreign::toString);
        Api.Reply relative = post("station2", "/api/timebank/relatives", Json.createObjectBuilder().add("memberId", volunteer)
                .add("relativeId", parent).add("kinship", "PARENT").build());
        assertEquals(403, relative.status(), relative::toString);
    }

    @Test
    @Order(9)
    void aMemberSeesOnlyTheirOwnRelativesByName() {
        Api.Reply mine = get(V_USER, "/api/timebank/me/relatives");
        assertEquals(200, mine.status(), mine::toString);
        JsonArray relatives = mine.structure().asJsonArray();
        assertEquals(1, relatives.size(), mine::toString);
        JsonObject grandpa = relatives.getJsonObject(0);
        assertEquals(parent, grandpa.getString("memberId"));
        assertEquals("张爷爷", grandpa.getString("name"));
        assertEquals("PARENT", grandpa.getString("kinship"));

        Api.Reply others = get(Y_USER, "/api/timebank/me/relatives");
        assertEquals(200, others.status(), others::toString);
        assertEquals(0, others.structure().asJsonArray().size(), "another volunteer sees none of this volunteer's relatives");
    }

    @Test
    @Order(10)
    void aVolunteerSeesOnlyRecipientsTheyServedAndFindsANewOneOnlyByNameAndIdNumber() {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        JsonObject oursPerson = MatrixTimeBank.person("金水查找老人" + tag, LocalDate.of(1938, 1, 1), false, true, null, null);
        Api.Reply oursJoined = post(STATION, "/api/timebank/members", oursPerson);
        assertEquals(201, oursJoined.status(), oursJoined::toString);
        String ours = oursJoined.json().getString("memberId");
        JsonObject theirsPerson = MatrixTimeBank.person("魏都查找老人" + tag, LocalDate.of(1938, 1, 1), false, true, null, null);
        assertEquals(201, post("station2", "/api/timebank/members", theirsPerson).status());

        assertEquals(0, recipients(V_USER, "查找老人" + tag).size(), "no list of the station's elders: none served yet");
        Api.Reply theirs = post(V_USER, "/api/timebank/me/recipients/lookup", identity(theirsPerson));
        assertEquals(404, theirs.status(), "another station's recipient is never found: " + theirs);
        Api.Reply found = post(V_USER, "/api/timebank/me/recipients/lookup", identity(oursPerson));
        assertEquals(200, found.status(), found::toString);
        JsonObject choice = found.json();
        assertEquals(ours, choice.getString("memberId"));
        assertTrue(choice.getString("idNumberMasked").matches("\\d{6}\\*{8}\\d{3}[\\dX]"), choice::toString);
        assertEquals(Set.of("memberId", "name", "idNumberMasked"), choice.keySet(), "nothing but what picking needs");

        Instant end = Instant.now().minus(HOURS_AGO.getAndAdd(3), ChronoUnit.HOURS);
        Api.Reply logged = post(V_USER, "/api/timebank/services", Json.createObjectBuilder().add("recipientId", ours)
                .add("categoryCode", "MEAL").add("start", end.minus(30, ChronoUnit.MINUTES).toString()).add("end", end.toString()).build());
        assertEquals(201, logged.status(), logged::toString);
        JsonArray served = JsonValue.EMPTY_JSON_ARRAY;
        for (int i = 0; i < 200 && served.isEmpty(); i++) {
            served = recipients(V_USER, "查找老人" + tag);
            Api.sleep(50);
        }
        assertEquals(1, served.size(), "once served, the recipient is offered by name: " + served);
        assertEquals(ours, served.getJsonObject(0).getString("memberId"));
        assertEquals(403, get(R_USER, "/api/timebank/me/recipients").status(), "recipients pick no recipients");
    }

    @Test
    @Order(11)
    void theStatementNamesTheCounterpartyWhereItIsAMember() {
        JsonArray lines = get(V_USER, "/api/timebank/me/statement?size=100").json().getJsonArray("items");
        JsonObject gift = line(lines, "GIFT_OUT");
        assertEquals(parent, gift.getString("counterparty"));
        assertEquals("张爷爷", gift.getString("counterpartyName"));
        JsonObject earned = line(lines, "EARNED");
        assertEquals(recipient, earned.getString("counterparty"));
        assertEquals("李奶奶", earned.getString("counterpartyName"));
        JsonObject redeemed = line(lines, "REDEEMED");
        assertEquals("张志愿", redeemed.getString("counterpartyName"), "a redemption for oneself names oneself");
    }

    @Test
    @Order(12)
    void theRegulatorDownloadsHoursPerRegionAsCsvAndXlsx() throws IOException {
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        Api.Reply csv = get("regulator", "/api/timebank/statistics?format=csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        assertTrue(csv.body().startsWith("\uFEFF地区代码,月份,存入（分钟）,存入（小时）,兑换（分钟）,兑换（小时）\r\n"), csv::body);
        assertTrue(csv.body().contains("\r\n410105,"), csv::body);

        byte[] xlsx = CertificateJourneyIT.Setup.download("regulator", "/api/timebank/statistics?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("timebank-hours-per-region");
            assertEquals("地区代码", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("410105")
                        && row.getCell(1).getStringCellValue().equals(month)) {
                    assertTrue(row.getCell(2).getNumericCellValue() >= 120, "this journey's deposits are counted");
                    found = true;
                }
            }
            assertTrue(found, "a row for 410105 in " + month);
        }

        Api.Reply wrong = get("regulator", "/api/timebank/statistics?format=pdf");
        assertEquals(400, wrong.status(), wrong::toString);
        assertTrue(wrong.isProblem() && wrong.body().contains("\"format\""), wrong::toString);
    }

    private static JsonObject line(JsonArray lines, String kind) {
        return lines.stream().map(JsonValue::asJsonObject).filter(l -> l.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + lines));
    }

    private static JsonObject identity(JsonObject person) {
        return Json.createObjectBuilder().add("name", person.getString("name")).add("idNumber", person.getString("idNumber")).build();
    }

    private static JsonArray recipients(String user, String name) {
        Api.Reply r = get(user, "/api/timebank/me/recipients?size=100&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items");
    }

    private static String log(String user, int minutes) {
        Instant end = Instant.now().minus(HOURS_AGO.getAndAdd(3), ChronoUnit.HOURS);
        Api.Reply r = post(user, "/api/timebank/services", service(null, end.minus(minutes, ChronoUnit.MINUTES), end));
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("recordId");
    }

    private static JsonObject service(String volunteerId, Instant start, Instant end) {
        var b = Json.createObjectBuilder().add("recipientId", recipient).add("categoryCode", "MEAL")
                .add("start", start.toString()).add("end", end.toString());
        if (volunteerId != null) {
            b.add("volunteerId", volunteerId);
        }
        return b.build();
    }

    private static Api.Reply redeem(String user, int minutes, String beneficiary) {
        var b = Json.createObjectBuilder().add("categoryCode", "MEAL").add("minutes", minutes);
        if (beneficiary != null) {
            b.add("beneficiaryId", beneficiary);
        }
        return post(user, "/api/timebank/me/redemptions", b.build());
    }

    private static void assertRefused(Api.Reply r, int status, String code) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertEquals(code, r.json().getString("code"), r::toString);
    }

    /** The read model follows the ledger within milliseconds; wait for it rather than assume. */
    private static long awaitBalance(String user, long expected) {
        long balance = -1;
        for (int i = 0; i < 200 && balance != expected; i++) {
            balance = get(user, "/api/timebank/me").json().getJsonNumber("balanceMinutes").longValue();
            Api.sleep(50);
        }
        return balance;
    }

    private static String join(String name, LocalDate birth, boolean asVolunteer, boolean asRecipient, String username) {
        return join(STATION, name, birth, asVolunteer, asRecipient, username);
    }

    private static String join(String station, String name, LocalDate birth, boolean asVolunteer, boolean asRecipient, String username) {
        var b = Json.createObjectBuilder().add("name", name).add("idNumber", World.idNumberBornOn(birth)).add("regionCode", "410105")
                .add("volunteer", asVolunteer).add("recipient", asRecipient);
        if (username != null) {
            b.add("username", username).add("password", Api.PASSWORD);
        }
        Api.Reply r = post(station, "/api/timebank/members", b.build());
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("memberId");
    }
}
