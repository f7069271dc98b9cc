package cn.eldercare.app.it;

import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.TokenIssuer;
import cn.eldercare.platform.security.TokenKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hardening of accounts and joining: a stranger's application waits for the station, the public
 * join tells nobody whether an ID number is a member, tokens end with their account or session, and
 * sign-in is throttled per address with a proper 429. Each test uses accounts of its own (never the demo
 * accounts other tests hold tokens of) and client addresses of its own, sent as from the loopback proxy.
 */
class AccountSecurityIT {

    private static final String STATION = "station";

    /** A client address of its own (the test server trusts the loopback proxy's X-Forwarded-For). */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    /** A request with the given token from the given client address. */
    static Api.Reply from(String address, String token, String method, String path, JsonValue body) {
        String headers = "X-Forwarded-For: " + address + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n");
        RawReply r = raw(method, path, headers, body == null ? null : body.toString());
        return new Api.Reply(r.status(), r.contentType(), r.body());
    }

    private record RawReply(String statusLine, int status, String contentType, String retryAfter, String body) {
    }

    /** Over a plain socket, to see the status line itself (HttpClient hides the reason phrase). */
    private static RawReply raw(String method, String path, String headers, String body) {
        Api.awaitReady();
        URI base = URI.create(Api.BASE);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            String contentType = null;
            String retryAfter = null;
            boolean chunked = false;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                String lower = line.toLowerCase();
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                } else if (lower.startsWith("retry-after:")) {
                    retryAfter = line.substring(12).strip();
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            StringBuilder text = new StringBuilder();
            if (chunked) {
                for (String size = in.readLine(); size != null && !size.isBlank() && Integer.parseInt(size.strip(), 16) > 0;
                     size = in.readLine()) {
                    char[] chunk = new char[Integer.parseInt(size.strip(), 16)];
                    int read = 0;
                    while (read < chunk.length) {
                        int n = in.read(chunk, read, chunk.length - read);
                        if (n < 0) {
                            break;
                        }
                        read += n;
                    }
                    text.append(chunk, 0, read);
                    in.readLine();
                }
            } else {
                for (int c = in.read(); c >= 0; c = in.read()) {
                    text.append((char) c);
                }
            }
            return new RawReply(statusLine, Integer.parseInt(statusLine.split(" ")[1]), contentType, retryAfter, text.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonObject login(String username) {
        return Json.createObjectBuilder().add("username", username).add("password", Api.PASSWORD).build();
    }

    static String tokenOf(String username) {
        Api.Reply r = from(address(), null, "POST", "/api/auth/login", login(username));
        assertEquals(200, r.status(), r::toString);
        return r.json().getString("token");
    }

    static long idOf(String token) {
        return from(address(), token, "GET", "/api/auth/me", null).json().getJsonNumber("id").longValue();
    }

    private static int courses(String token) {
        return from(address(), token, "GET", "/api/courses?size=1", null).status();
    }

    static JsonObject reason(String why) {
        return Json.createObjectBuilder().add("reason", why).build();
    }

    /** A volunteer with an account, registered by the 金水 station: someone this test may sign out or deactivate. */
    private static String freshVolunteer() {
        String username = "sec" + System.nanoTime() % 1_000_000_000L;
        Api.Reply r = Api.post(STATION, "/api/timebank/members",
                MatrixTimeBank.person("安全测试志愿者", LocalDate.of(1963, 3, 3), true, false, null, username));
        assertEquals(201, r.status(), r::toString);
        return username;
    }

    static JsonObject application(String idNumber, String username) {
        return Json.createObjectBuilder().add("name", "自助申请人").add("idNumber", idNumber).add("regionCode", "410105")
                .add("username", username).add("password", Api.PASSWORD).build();
    }

    private static long jinshui() {
        return Api.get("recipient", "/api/timebank/me").json().getJsonObject("member").getJsonNumber("stationId").longValue();
    }

    static String pendingMemberNamed(String name) {
        Api.Reply r = Api.get(STATION, "/api/timebank/members?status=PENDING&size=100&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getJsonObject(0).getString("memberId");
    }

    @Test
    void aStrangerWhoJoinsWaitsForTheStationAndThenSeesOnlyThoseTheyServe() {
        String name = "自助" + System.nanoTime() % 100_000_000;
        String username = "join" + System.nanoTime() % 1_000_000_000L;
        var body = Json.createObjectBuilder(application(World.idNumberBornOn(LocalDate.of(1964, 5, 5)), username)).add("name", name).build();
        Api.Reply joined = from(address(), null, "POST", "/api/timebank/join?stationId=" + jinshui(), body);
        assertEquals(202, joined.status(), joined::toString);

        Api.Reply early = from(address(), null, "POST", "/api/auth/login", login(username));
        assertEquals(403, early.status(), early::toString);
        assertEquals("ACCOUNT_PENDING", early.json().getString("code"));

        String memberId = pendingMemberNamed(name);
        assertEquals(403, Api.post("station2", "/api/timebank/members/" + memberId + "/approve", null).status(),
                "only the chosen station decides");
        Api.Reply approved = Api.post(STATION, "/api/timebank/members/" + memberId + "/approve", null);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("ACTIVE", approved.json().getString("status"));
        assertTrue(approved.json().getBoolean("volunteer"));

        String token = tokenOf(username);
        Api.Reply none = from(address(), token, "GET", "/api/timebank/me/recipients?size=100", null);
        assertEquals(200, none.status(), none::toString);
        assertEquals(0, none.json().getInt("total"), "a new volunteer has served no one, so sees no one: " + none);

        // The first service: the elder's full name and ID number together find them, and nothing less does.
        String elderId = World.idNumberBornOn(LocalDate.of(1935, 7, 7));
        String elderName = "安全测试老人" + System.nanoTime() % 10_000;
        Api.Reply elder = Api.post(STATION, "/api/timebank/members", Json.createObjectBuilder()
                .add("name", elderName).add("idNumber", elderId).add("regionCode", "410105").add("volunteer", false)
                .add("recipient", true).build());
        assertEquals(201, elder.status(), elder::toString);
        Api.Reply found = from(address(), token, "POST", "/api/timebank/me/recipients/lookup",
                Json.createObjectBuilder().add("name", elderName).add("idNumber", elderId).build());
        assertEquals(200, found.status(), found::toString);
        assertEquals(elder.json().getString("memberId"), found.json().getString("memberId"));
        Api.Reply wrongName = from(address(), token, "POST", "/api/timebank/me/recipients/lookup",
                Json.createObjectBuilder().add("name", "别人").add("idNumber", elderId).build());
        assertEquals(404, wrongName.status(), wrongName::toString);

        Api.Reply logged = from(address(), token, "POST", "/api/timebank/services", Json.createObjectBuilder()
                .add("recipientId", found.json().getString("memberId")).add("categoryCode", "MEAL")
                .add("start", Instant.now().minusSeconds(7200).toString()).add("end", Instant.now().minusSeconds(3600).toString()).build());
        assertEquals(201, logged.status(), logged::toString);
        JsonObject served = null;
        for (int i = 0; i < 200 && served == null; i++) {
            Api.Reply list = from(address(), token, "GET", "/api/timebank/me/recipients?size=100", null);
            served = list.json().getJsonArray("items").size() == 1 ? list.json().getJsonArray("items").getJsonObject(0) : null;
            Api.sleep(50);
        }
        assertTrue(served != null && served.getString("name").equals(elderName), "the one served, once the read model has it");
    }

    @Test
    void aRejectedApplicantCannotSignInAndTheRejectionIsAttributed() {
        String name = "被拒" + System.nanoTime() % 100_000_000;
        String username = "rej" + System.nanoTime() % 1_000_000_000L;
        var body = Json.createObjectBuilder(application(World.idNumberBornOn(LocalDate.of(1966, 6, 6)), username)).add("name", name).build();
        assertEquals(202, from(address(), null, "POST", "/api/timebank/join?stationId=" + jinshui(), body).status());
        String memberId = pendingMemberNamed(name);
        Api.Reply noReason = Api.post(STATION, "/api/timebank/members/" + memberId + "/reject", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(204, Api.post(STATION, "/api/timebank/members/" + memberId + "/reject", reason("联系不上本人")).status());

        Api.Reply login = from(address(), null, "POST", "/api/auth/login", login(username));
        assertEquals(403, login.status(), login::toString);
        assertEquals("ACCOUNT_INACTIVE", login.json().getString("code"));
        Api.Reply audit = Api.get("regulator", "/api/audit?action=MEMBER_REJECTED&actor=station&size=20");
        assertTrue(audit.body().contains(memberId + ": 联系不上本人"), audit::toString);
    }

    @Test
    void joiningAnswersTheSameForMembersAndNewcomersAndIsRateLimited() {
        String client = address();
        long station = jinshui();
        Set<String> answers = new HashSet<>();
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 70; i++) {
            // every other try names the demo recipient, a member for sure
            String idNumber = i % 2 == 0 ? "41010519381102002X" : World.idNumberBornOn(LocalDate.of(1960, 1, 1).plusDays(i));
            JsonObject body = application(idNumber, "oracle" + System.nanoTime() % 1_000_000_000L);
            RawReply r = raw("POST", "/api/timebank/join?stationId=" + station, "X-Forwarded-For: " + client + "\r\n", body.toString());
            statuses.add(r.status());
            if (r.status() == 202) {
                answers.add(r.body());
            } else if (r.status() == 429) {
                retryAfter = r.retryAfter();
            }
        }
        assertFalse(statuses.contains(409), "no try tells a member apart: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 202 || s == 429), statuses::toString);
        assertEquals(Set.of(202, 429), Set.copyOf(statuses), "some accepted, then limited: " + statuses);
        assertEquals(1, answers.size(), "one answer for members and newcomers: " + answers);
        assertTrue(answers.iterator().next().contains("申请已提交，站点将与您联系"), answers::toString);
        assertTrue(retryAfter != null && Long.parseLong(retryAfter) > 0, "Retry-After: " + retryAfter);
    }

    /** The server's own signing key, where this test can read the server's data directory ({@code it.dataDir}). */
    private static TokenIssuer serverIssuer() {
        Path keys = Path.of(System.getProperty("it.dataDir", "target/it-server/data")).resolve("keys");
        assumeTrue(Files.exists(keys.resolve("token-signing.pem")), "needs the key of the server under test in " + keys);
        return new TokenIssuer(TokenKeys.of(java.util.Optional.empty(), keys).getPrivate(), "urn:eldercare");
    }

    private static void assertUnauthenticated(Api.Reply r) {
        assertEquals(401, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
        assertEquals("UNAUTHENTICATED", r.json().getString("code"), r::toString);
        assertEquals("未登录或登录已过期", r.json().getString("title"), r::toString);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aSignedTokenOfNoAccountIsRefused() {
        String forged = serverIssuer().issue(new Caller(987_654_321L, "nobody", Role.REGULATOR, null, null), 0,
                TokenIssuer.newSession(), Instant.now(), Instant.now().plusSeconds(3600));
        assertUnauthenticated(from(address(), forged, "GET", "/api/courses?size=1", null));
    }

    @Test
    void anExpiredTokenIsRefusedWhereTheSameTokenStillValidIsNot() {
        TokenIssuer issuer = serverIssuer();
        String username = freshVolunteer();
        Caller volunteer = new Caller(idOf(tokenOf(username)), username, Role.VOLUNTEER, null, null);
        Instant now = Instant.now();
        String valid = issuer.issue(volunteer, 0, TokenIssuer.newSession(), now, now.plusSeconds(3600));
        assertEquals(200, courses(valid), "the control: a token signed by the server for this account");
        String expired = issuer.issue(volunteer, 0, TokenIssuer.newSession(), now.minusSeconds(9 * 3600), now.minusSeconds(3600));
        assertUnauthenticated(from(address(), expired, "GET", "/api/courses?size=1", null));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokenOf(freshVolunteer());
        String[] parts = token.split("\\.");
        String raised = payloadOf(token).replace("\"VOLUNTEER\"", "\"REGULATOR\"");
        assertTrue(raised.contains("REGULATOR"), raised);
        assertUnauthenticated(from(address(), parts[0] + "." + encode(raised) + "." + parts[2], "GET", "/api/audit?size=1", null));

        char last = parts[2].charAt(parts[2].length() - 2);
        String signature = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        assertUnauthenticated(from(address(), parts[0] + "." + parts[1] + "." + signature, "GET", "/api/courses?size=1", null));
        assertEquals(200, courses(token), "the token itself still works");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = tokenOf(freshVolunteer());
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + token.split("\\.")[1] + ".";
        assertUnauthenticated(from(address(), none, "GET", "/api/courses?size=1", null));
        assertUnauthenticated(from(address(), none, "POST", "/api/auth/login", login("station")));
    }

    @Test
    void aDeactivatedAccountsTokensStopAndItCannotSignIn() {
        String username = freshVolunteer();
        String token = tokenOf(username);
        assertEquals(200, courses(token));
        long id = idOf(token);
        Api.Reply off = Api.post("regulator", "/api/accounts/" + id + "/deactivate", reason("志愿者离开本地"));
        assertEquals(200, off.status(), off::toString);
        assertEquals("DEACTIVATED", off.json().getString("status"));
        assertEquals(401, courses(token));
        Api.Reply login = from(address(), null, "POST", "/api/auth/login", login(username));
        assertEquals("ACCOUNT_INACTIVE", login.json().getString("code"), login::toString);
        assertTrue(Api.get("regulator", "/api/audit?action=ACCOUNT_DEACTIVATED&entityId=" + id).body().contains("志愿者离开本地"));

        assertEquals(200, Api.post(STATION, "/api/accounts/" + id + "/reactivate", reason("回来了")).status(),
                "the volunteer's station may bring them back");
        assertEquals(401, courses(token), "an old token stays dead");
        assertEquals(200, courses(tokenOf(username)));
    }

    @Test
    void signingOutEndsThatSessionOnlyAndRevokingEndsThemAll() {
        String username = freshVolunteer();
        String phone = tokenOf(username);
        String desktop = tokenOf(username);
        Api.Reply out = from(address(), phone, "POST", "/api/auth/logout", null);
        assertEquals(204, out.status(), out::toString);
        assertEquals(401, courses(phone));
        assertEquals(200, courses(desktop), "the other session goes on");

        long id = idOf(desktop);
        Api.Reply revoked = from(address(), desktop, "POST", "/api/accounts/" + id + "/revoke-tokens", reason("手机丢了"));
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(401, courses(desktop));
        assertEquals(200, courses(tokenOf(username)), "signing in again works");
    }

    @Test
    void tooManySignInsAnswer429WithRetryAfter() {
        String client = address();
        String body = login("station").toString().replace(Api.PASSWORD, "wrong-password");
        RawReply r = null;
        for (int i = 0; i < 6; i++) {
            r = raw("POST", "/api/auth/login", "X-Forwarded-For: " + client + "\r\n", body);
        }
        assertEquals("HTTP/1.1 429 Too Many Requests", r.statusLine().strip(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
        assertTrue(Long.parseLong(r.retryAfter()) > 0, r::toString);
    }

    @Test
    void oneAddressCannotTryThirtyUsernames() {
        String client = address();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            JsonObject body = Json.createObjectBuilder().add("username", "spray" + i).add("password", "Summer2026!").build();
            statuses.add(from(client, null, "POST", "/api/auth/login", body).status());
        }
        assertEquals(429, statuses.get(29), statuses::toString);
        assertEquals(20, statuses.indexOf(429), "twenty failures, then the address waits: " + statuses);
    }
}
