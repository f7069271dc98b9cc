package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import cn.eldercare.app.it.World;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time bank end to end in the browser: a volunteer logs a service, the station confirms it for the recipient, and
 * the volunteer sees the balance, gifts to a relative and redeems. People are new, so the demo members stay as they were.
 */
class TimeBankUiIT {

    private static final String STATION = "station";

    @Test
    void volunteerLogsStationConfirmsVolunteerGiftsAndRedeems() {
        long n = System.nanoTime() % 100_000_000;
        String username = "uiv" + n;
        String volunteer = join("界面志愿者", LocalDate.of(1961, 5, 1), true, false, username);
        String recipientName = "界面老人" + n;
        String recipientIdNumber = World.idNumberBornOn(LocalDate.of(1936, 2, 1));
        String recipient = join(recipientName, recipientIdNumber, false, true, null);
        String relative = join("界面亲属", LocalDate.of(1935, 3, 1), false, true, null);
        Api.Reply r = Api.post(STATION, "/api/timebank/relatives", Json.createObjectBuilder().add("memberId", volunteer)
                .add("relativeId", relative).add("kinship", "PARENT").build());
        assertEquals(200, r.status(), r::toString);

        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login(username);
            b.elder(true);
            b.waitText(".balance-value", "0 小时 0 分钟");
            b.waitText("#elder-toggle .state", "开");
            b.assertAccessible("volunteer home, elder mode");

            // read-aloud: the browser's speech synthesis in zh-CN, on the main figures and on every button
            b.script("window.spoken = []; speechSynthesis.speak = u => window.spoken.push(u.lang + ' ' + u.text);");
            b.click("#speak-toggle");
            b.waitText("#speak-toggle .state", "开");
            assertEquals("true", b.find("#speak-toggle").getAttribute("aria-pressed"));
            b.click(".balance-value + .speak");
            b.waitUntil("the balance is read aloud in Chinese", () -> spoken(b).contains("zh-CN 0 小时 0 分钟"));
            b.assertAccessible("volunteer home, elder mode, reading aloud");

            b.click("a.tile[href='#/statement']");
            b.waitText("#view", "暂无记录");
            assertFalse(b.find("#view").getText().contains("<"), "no markup shown as text");
            b.waitUntil("the tile pressed is read aloud", () -> spoken(b).contains("收支明细"));
            b.go("/#/log");
            // a volunteer sees only elders they served: the first service's elder is found by full name and ID number
            b.type("#f-newName", recipientName);
            b.type("#f-newIdNumber", recipientIdNumber);
            b.click("#lookup");
            b.waitText("#lookup-status", recipientName);
            b.waitUntil("the recipient found is chosen", () -> recipient.equals(b.find("#f-recipientId").getAttribute("value")));
            assertEquals("", b.find("#f-categoryCode").getAttribute("value"), "the category starts on 请选择");
            b.set("#f-day", LocalDate.now().minusDays(1).toString());
            b.click("#log-form [type=submit]");
            b.waitText("#f-start-error", "必填");
            b.waitText("#f-categoryCode-error", "不能为空");
            b.assertAccessible("log a service with field errors, elder mode");
            b.set("#f-categoryCode", "MEAL");
            b.set("#f-day", LocalDate.now().minusDays(10).toString());
            b.set("#f-start", "09:00");
            b.set("#f-end", "10:00");
            b.click("#log-form [type=submit]");
            // the time bank's refusal in the user's words beside the date: no English, no UTC time, no id
            String tooOld = b.waitText("#f-day-error", "7 天以上");
            assertFalse(tooOld.matches("(?s).*([A-Za-z]{4,}|\\d{4}-\\d{2}|[0-9a-f]{32}).*"), tooOld);
            b.set("#f-day", LocalDate.now().minusDays(1).toString());
            b.click("#log-form [type=submit]");
            b.waitText("#view .alert-success", "已登记");

            // the volunteer sees their own services waiting for confirmation, with the dates, in elder mode too
            b.go("/#/waiting");
            b.waitText(".waiting", recipientName);
            assertTrue(b.find(".waiting .when").isDisplayed(), "dates show in elder mode");
            b.assertAccessible("services waiting for confirmation, elder mode");
        }

        String record = pendingRecordOf(volunteer);
        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login(STATION);
            b.click("#nav a[href='#/pending']");
            b.waitText("#view", "界面志愿者 → 界面老人");
            b.assertAccessible("station queue");
            b.click("form[data-record='" + record + "'] [type=submit]");
            b.waitText("#toast", "已确认");
        }

        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login(username);
            b.english(true);
            b.waitAfterReload(".balance-value", "1 h 0 min");
            b.click("a.tile[href='#/gift']");
            b.click("#gift-form [type=submit]");
            b.waitText("#f-relativeId-error", "must not be blank");
            b.assertAccessible("gift with field errors (en)");
            b.waitText("#f-relativeId", "界面亲属（parent）");
            b.set("#f-relativeId", relative);
            b.type("#f-minutes", "10");
            b.waitText("#f-minutes-help", "0 h 10 min");
            b.click("#gift-form [type=submit]");
            b.waitText("#view .alert-success", "0 h 10 min given");

            b.go("/#/redeem");
            b.find("#f-categoryCode");
            b.set("#f-categoryCode", "MEAL");
            b.type("#f-minutes", "5");
            b.click("#redeem-form [type=submit]");
            b.waitText("#view .alert-success", "0 h 5 min redeemed");

            b.go("/#/statement");
            b.waitAfterReload(".statement", "Redeemed");
            b.waitText(".statement", "Gift sent");
            b.waitText(".statement", "With 界面亲属");
            String statement = b.waitText(".statement", "−0 h 10 min");
            assertFalse(statement.contains("−-") || statement.contains("--"), "one minus sign: " + statement);
            b.assertAccessible("statement (en)");
            b.go("/");
            b.waitAfterReload(".balance-value", "0 h 45 min");
        }
    }

    @Test
    void stationSeesMembersAndLogsForAVolunteerRecipientOpensTheirQueue() {
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.login(STATION);
            b.click("a.tile[href='#/members']");
            b.waitText("#view", "张桂芳");
            b.assertAccessible("station members");
            b.go("/#/log");
            b.find("#f-volunteerId");
            b.click("#log-form [type=submit]");
            b.waitText("#f-start-error", "必填");
            b.assertAccessible("station logs for a member, with field errors");

            long n = System.nanoTime() % 100_000_000;
            String member = join("界面会员", LocalDate.of(1960, 1, 1), true, false, "uir" + n);
            String parent = join("界面父亲" + n, LocalDate.of(1932, 1, 1), false, true, null);
            b.go("/#/relatives");
            b.click("#relative-form [type=submit]");
            b.waitText("#f-memberId-error", "不能为空");
            b.assertAccessible("record a relative, with field errors");
            b.set("#f-memberId", member);
            b.set("#f-relativeId", parent);
            b.set("#f-kinship", "PARENT");
            b.click("#relative-form [type=submit]");
            b.waitText("#toast", "已登记");
            Api.Reply relatives = Api.get("uir" + n, "/api/timebank/me/relatives");
            assertTrue(relatives.body().contains(parent), relatives::toString);
            b.click("#logout");
            b.login("recipient");
            b.elder(true);
            b.click("a.tile[href='#/pending']");
            b.waitText("h1", "待确认的服务");
            b.assertAccessible("recipient's services to confirm, elder mode");
        }
    }

    private static String spoken(Browser b) {
        return String.valueOf(b.script("return window.spoken.join('|')"));
    }

    private static String join(String name, LocalDate birth, boolean volunteer, boolean recipient, String username) {
        return join(name, World.idNumberBornOn(birth), volunteer, recipient, username);
    }

    private static String join(String name, String idNumber, boolean volunteer, boolean recipient, String username) {
        var person = Json.createObjectBuilder().add("name", name).add("idNumber", idNumber)
                .add("regionCode", "410105").add("volunteer", volunteer).add("recipient", recipient);
        if (username != null) {
            person.add("username", username).add("password", Api.PASSWORD);
        }
        Api.Reply r = Api.post(STATION, "/api/timebank/members", person.build());
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("memberId");
    }

    /** Waits for the station's queue to show the service, so that the station's page shows it too. */
    private static String pendingRecordOf(String volunteer) {
        return Api.awaitPending(STATION, p -> p.getString("volunteerId").equals(volunteer))
                .orElseThrow(() -> new AssertionError("the logged service never reached the station's queue")).getString("recordId");
    }
}
