package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.eldercare.app.it.Api.get;
import static cn.eldercare.app.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A certificate's life over HTTP: issue, download, verify, revoke, verify, re-issue, and the old one superseded. */
class CertificateJourneyIT {

    @Test
    void issueDownloadVerifyRevokeReissue() {
        long caregiver = World.newCaregiver("zz-staff", "周雅琴");
        long enrolment = Setup.trained(Setup.course("YLHLY", 5, 5), caregiver, 5);

        Api.Reply issued = post("zz-staff", "/api/certificates", Json.createObjectBuilder().add("enrolmentId", enrolment).build());
        assertEquals(201, issued.status(), issued::toString);
        JsonObject v1 = issued.json();
        String number = v1.getString("number");
        assertTrue(number.matches("S4101410000012\\d5\\d{6}"), number);
        assertEquals("VALID", v1.getString("status"));
        assertEquals(1, v1.getInt("version"));
        assertTrue(v1.getString("verificationCode").matches("[0-9A-HJKMNP-TV-Z]{20}"));

        byte[] pdf = Setup.download("zz-staff", "/api/certificates/" + Setup.id(v1) + "/pdf");
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals(v1.getString("pdfSha256"), Setup.sha256(pdf), "the stored hash is the hash of the download");
        assertTrue(pdf.length < 100 * 1024, "a certificate stays under 100 KB: " + pdf.length);

        JsonObject valid = Setup.verifyCode(v1.getString("verificationCode")).json();
        assertEquals("VALID", valid.getString("result"));
        assertEquals("周雅琴", valid.getString("holderName"));
        assertTrue(valid.getString("idNumberMasked").contains("********"));
        assertFalse(valid.containsKey("holderGender"), "public verification shows the minimum of personal data");
        assertEquals("VALID", Setup.verifyNumber(number, "周雅琴").json().getString("result"));
        assertEquals(404, Setup.verifyNumber(number, "周雅").status(), "a wrong name looks like an unknown number");
        JsonObject upload = Setup.upload(pdf).json();
        assertTrue(upload.getBoolean("genuine"));
        assertTrue(upload.getBoolean("current"));

        Api.Reply renamed = Api.put("zz-staff", "/api/caregivers/" + caregiver,
                World.caregiverJson("周雅芹", "").add("gender", "FEMALE").build());
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("周雅琴", Setup.verifyCode(v1.getString("verificationCode")).json().getString("holderName"),
                "editing the caregiver never changes an issued certificate");
        assertEquals(v1.getString("pdfSha256"), Setup.sha256(Setup.download("zz-staff", "/api/certificates/" + Setup.id(v1) + "/pdf")));

        Api.Reply revoked = post("zz-staff", "/api/certificates/" + Setup.id(v1) + "/revoke", Setup.reason("姓名录入错误"));
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("zz-staff", revoked.json().getString("revokedBy"));
        JsonObject afterRevoke = Setup.verifyCode(v1.getString("verificationCode")).json();
        assertEquals("REVOKED", afterRevoke.getString("result"));
        assertEquals("姓名录入错误", afterRevoke.getString("revocationReason"));
        assertEquals(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), afterRevoke.getString("revokedOn"));
        assertEquals(409, post("zz-staff", "/api/certificates/" + Setup.id(v1) + "/revoke", Setup.reason("再次撤销")).status());
        assertFalse(Setup.upload(pdf).json().getBoolean("current"), "a revoked certificate is genuine but not current");

        Api.Reply reissued = post("zz-staff", "/api/certificates/" + Setup.id(v1) + "/reissue", Setup.reason("更正姓名后重新颁发"));
        assertEquals(201, reissued.status(), reissued::toString);
        JsonObject v2 = reissued.json();
        assertEquals(number, v2.getString("number"), "a re-issue is a new version of the same certificate");
        assertEquals(2, v2.getInt("version"));
        assertEquals("周雅芹", v2.getString("holderName"), "the new version freezes the corrected data");
        assertNotEquals(v1.getString("verificationCode"), v2.getString("verificationCode"));

        JsonObject old = Setup.verifyCode(v1.getString("verificationCode")).json();
        assertEquals("SUPERSEDED", old.getString("result"));
        assertEquals(2, old.getInt("currentVersion"));
        assertEquals("VALID", Setup.verifyNumber(number, "周雅芹").json().getString("result"));
        assertEquals("SUPERSEDED", Setup.upload(pdf).json().getJsonObject("certificate").getString("result"));
        assertEquals(409, post("zz-staff", "/api/certificates/" + Setup.id(v1) + "/reissue", Setup.reason("旧版本")).status(),
                "only the current version can be re-issued");

        List<String> actions = get("regulator", "/api/audit?entityType=Certificate&size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(a -> a.getJsonNumber("entityId").longValue() == Setup.id(v1)
                        || a.getJsonNumber("entityId").longValue() == Setup.id(v2))
                .map(a -> a.getString("action") + "/" + a.getString("actor")).toList();
        assertTrue(actions.containsAll(List.of("CERTIFICATE_ISSUED/zz-staff", "CERTIFICATE_REVOKED/zz-staff",
                "CERTIFICATE_REISSUED/zz-staff", "CERTIFICATE_SUPERSEDED/zz-staff")), actions::toString);
    }

    @Test
    void holderDownloadsOwnCertificateAndOthersCannot() {
        long wang = get("zz-staff", "/api/caregivers?name=" + URLEncoder.encode("王秀英", StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long enrolment = Setup.trained(Setup.course("YLHLY", 4, 5), wang, 4);
        JsonObject c = post("zz-staff", "/api/certificates", Json.createObjectBuilder().add("enrolmentId", enrolment).build()).json();
        assertTrue(get("caregiver", "/api/certificates?size=100").json().getJsonArray("items").stream()
                .anyMatch(i -> i.asJsonObject().getString("number").equals(c.getString("number"))));
        assertEquals(c.getString("pdfSha256"), Setup.sha256(Setup.download("caregiver", "/api/certificates/" + Setup.id(c) + "/pdf")));
        assertEquals(403, get("caregiver2", "/api/certificates/" + Setup.id(c)).status());
        assertEquals(403, get("xc-staff", "/api/certificates/" + Setup.id(c)).status());
        JsonObject holdings = get("caregiver", "/api/caregivers/" + wang + "/certificates").json();
        assertTrue(holdings.getJsonArray("recorded").stream()
                .anyMatch(r -> r.asJsonObject().getString("kind").equals("QUALIFICATION")), "the legacy certificate is linked, not copied");
        assertFalse(holdings.getJsonArray("issued").isEmpty());
        assertEquals(403, post("regulator", "/api/certificates/" + Setup.id(c) + "/reissue", Setup.reason("监管重发")).status());
        assertEquals(200, post("regulator", "/api/certificates/" + Setup.id(c) + "/revoke", Setup.reason("监管撤销")).status(),
                "the regulator may revoke");
    }

    /** Builds trained, assessed caregivers through the API, ready for a certificate, and calls the certificate endpoints. */
    static final class Setup {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Setup() {
        }

        /**
         * A random documentation-range address, sent as if through the loopback proxy, so that the tests do not
         * share one verification rate limit; the rate limit itself is tested with an address of its own.
         */
        static String clientAddress() {
            return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        }

        static long course(String occupation, int level, int capacity) {
            Api.Reply r = post("zz-staff", "/api/courses", World.courseJson(occupation, level, capacity).build());
            assertEquals(201, r.status(), r::toString);
            return id(r.json());
        }

        static long enrol(long course, long caregiver) {
            Api.Reply r = post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(caregiver));
            assertEquals(201, r.status(), r::toString);
            return id(r.json());
        }

        /** Full days of class (12 hours, the longest session) until the hours are met. */
        static void attend(long course, List<Long> enrolments, int hours) {
            for (int day = 1; day <= (hours + 11) / 12; day++) {
                JsonArrayBuilder who = Json.createArrayBuilder();
                enrolments.forEach(who::add);
                Api.Reply r = post("zz-staff", "/api/courses/" + course + "/sessions", Json.createObjectBuilder()
                        .add("heldOn", LocalDate.now().minusDays(day).toString()).add("minutes", 720).add("topic", "第" + day + "天")
                        .add("attendees", who).build());
                assertEquals(201, r.status(), r::toString);
            }
        }

        static void score(long enrolment, String part, int score) {
            var body = Json.createObjectBuilder().add("part", part).add("score", score);
            if ("REVIEW".equals(part)) {
                body.add("panel", Json.createArrayBuilder().add("马老师").add("郭老师").add("何老师"));
            }
            Api.Reply r = post("zz-assessor", "/api/enrolments/" + enrolment + "/scores", body.build());
            assertEquals(201, r.status(), r::toString);
        }

        static long trained(long course, long caregiver, int level) {
            long e = enrol(course, caregiver);
            attend(course, List.of(e), List.of(0, 60, 90, 120, 150, 180).get(level));
            score(e, "THEORY", 80);
            score(e, "SKILL", 75);
            if (level <= 2) {
                score(e, "REVIEW", 70);
            }
            return e;
        }

        static JsonObject reason(String why) {
            return Json.createObjectBuilder().add("reason", why).build();
        }

        static Api.Reply verifyCode(String code) {
            return call(null, "GET", "/api/verification/codes/" + code, null, null, null);
        }

        static Api.Reply verifyNumber(String number, String name) {
            return call(null, "GET", "/api/verification?number=" + number + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    null, null, null);
        }

        static Api.Reply upload(byte[] pdf) {
            return call(null, "POST", "/api/verification/documents", "application/pdf", pdf, null);
        }

        /** Any request, as a client behind the loopback proxy, in the given language. */
        static Api.Reply call(String user, String method, String path, String contentType, byte[] body, String language) {
            HttpRequest.Builder b = request(user, path).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (language != null) {
                b.header("Accept-Language", language);
            }
            HttpResponse<String> r = send(b, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        }

        static byte[] download(String user, String path) {
            HttpResponse<byte[]> r = send(request(user, path).GET(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> path + " " + new String(r.body(), StandardCharsets.UTF_8));
            return r.body();
        }

        static HttpResponse<String> raw(HttpRequest.Builder b) {
            return send(b, HttpResponse.BodyHandlers.ofString());
        }

        static HttpRequest.Builder request(String user, String path) {
            Api.awaitReady();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(120))
                    .header("X-Forwarded-For", clientAddress());
            if (user != null) {
                b.header("Authorization", "Bearer " + Api.token(user));
            }
            return b;
        }

        static long id(JsonObject o) {
            return o.getJsonNumber("id").longValue();
        }

        static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) {
            try {
                return HTTP.send(b.build(), handler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
