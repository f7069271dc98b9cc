package cn.eldercare.app.it;

import cn.eldercare.app.it.CertificateJourneyIT.Setup;
import cn.eldercare.certs.signing.control.CertificateAuthority;
import cn.eldercare.certs.signing.control.PadesSigner;
import cn.eldercare.certs.signing.control.SigningKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every certificate endpoint refuses bad input with a clear 4xx problem, in Chinese or, on request, English. */
class CertificateBadInputIT {

    private static byte[] genuine;

    @BeforeAll
    static void issueOne() {
        long e = Setup.trained(Setup.course("YLHLY", 5, 5), World.newCaregiver("zz-staff", "邓洁"), 5);
        JsonObject c = Api.post("zz-staff", "/api/certificates", Json.createObjectBuilder().add("enrolmentId", e).build()).json();
        genuine = Setup.download("zz-staff", "/api/certificates/" + Setup.id(c) + "/pdf");
    }

    @Test
    void verificationByNumberAndCode() {
        JsonObject malformed = problem(400, Setup.call(null, "GET", "/api/verification?number=S41&name=x", null, null, "en"));
        assertEquals("number", malformed.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("must be 22 characters: a letter and 21 digits", malformed.getJsonArray("errors").getJsonObject(0).getString("message"));
        JsonObject both = problem(400, Setup.call(null, "GET", "/api/verification", null, null, null));
        assertEquals(2, both.getJsonArray("errors").size(), "number and name are both reported");
        assertTrue(both.getJsonArray("errors").getJsonObject(1).getString("message").contains("姓名"));
        problem(400, Setup.verifyNumber("S410141000001265000001", " "));
        assertEquals("UNKNOWN_CERTIFICATE", problem(404, Setup.verifyNumber("Y999999999999265999999", "张三")).getString("code"));
        assertEquals("code", problem(400, Setup.verifyCode("not-a-code!")).getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(400, Setup.verifyCode("ABCDEFGHJKMNPQRSTVWXYZ0123"));
        problem(404, Setup.verifyCode("0000-0000-0000-0000-0000"));
    }

    @Test
    void uploadsThatAreNotGenuineCertificates() throws IOException {
        problem(415, Setup.call(null, "POST", "/api/verification/documents", "text/plain", "hello".getBytes(), null));
        assertEquals("file", problem(400, Setup.call(null, "POST", "/api/verification/documents", "application/pdf",
                "hello, not a pdf".getBytes(), null)).getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(400, Setup.call(null, "POST", "/api/verification/documents", "application/pdf", new byte[0], null));
        byte[] big = Arrays.copyOf(genuine, 3 * 1024 * 1024);
        assertEquals("TOO_LARGE", problem(413, Setup.upload(big)).getString("code"));

        byte[] blank = blankPdf();
        assertEquals("NOT_SIGNED", problem(422, Setup.upload(blank)).getString("code"));
        SigningKey foreign = CertificateAuthority.issue(CertificateAuthority.createRoot("伪造的根证书", "伪造机构", Instant.now()),
                "郑州市卫生健康学校（养老护理员培训基地）", "124100004175512348", Instant.now());
        assertEquals("UNTRUSTED_SIGNER", problem(422, Setup.upload(PadesSigner.sign(blank, foreign, Instant.now(), "伪造"))).getString("code"));

        byte[] tampered = genuine.clone();
        tampered[12] ^= 0x01;
        assertEquals("SIGNATURE_INVALID", problem(422, Setup.upload(tampered)).getString("code"));
        byte[] appended = Arrays.copyOf(genuine, genuine.length + 12);
        System.arraycopy("\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, appended, genuine.length, 12);
        assertEquals("MODIFIED_AFTER_SIGNING", problem(422, Setup.upload(appended)).getString("code"));
        assertTrue(Setup.upload(genuine).json().getBoolean("genuine"), "the untouched file still passes");
    }

    @Test
    void certificateEndpoints() {
        assertEquals("enrolmentId", problem(400, Setup.call("zz-staff", "POST", "/api/certificates", "application/json",
                "{}".getBytes(), null)).getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(400, Setup.call("zz-staff", "POST", "/api/certificates", "application/json", "{\"enrolmentId\":\"x\"}".getBytes(), null));
        problem(404, Setup.call("zz-staff", "POST", "/api/certificates", "application/json", "{\"enrolmentId\":99999999}".getBytes(), null));
        problem(401, Setup.call(null, "POST", "/api/certificates", "application/json", "{\"enrolmentId\":1}".getBytes(), null));
        problem(403, Setup.call("caregiver", "POST", "/api/certificates", "application/json", "{\"enrolmentId\":1}".getBytes(), null));
        problem(404, Setup.call("zz-staff", "GET", "/api/certificates/99999999", null, null, null));
        problem(404, Setup.call("zz-staff", "GET", "/api/certificates/99999999/pdf", null, null, null));
        problem(400, Setup.call("zz-staff", "GET", "/api/certificates/abc", null, null, null));
        problem(400, Setup.call("zz-staff", "GET", "/api/certificates?status=LOST", null, null, null));
        JsonObject shortReason = problem(400, Setup.call("zz-staff", "POST", "/api/certificates/99999999/revoke", "application/json",
                "{\"reason\":\"x\"}".getBytes(), "en"));
        assertEquals("reason", shortReason.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(400, Setup.call("zz-staff", "POST", "/api/certificates/99999999/revoke", "application/json", null, null));
        problem(404, Setup.call("zz-staff", "POST", "/api/certificates/99999999/revoke", "application/json",
                "{\"reason\":\"录入错误\"}".getBytes(), null));
        problem(404, Setup.call("zz-staff", "POST", "/api/certificates/99999999/reissue", "application/json",
                "{\"reason\":\"录入错误\"}".getBytes(), null));
    }

    @Test
    void bulkJobEndpoints() {
        problem(404, Setup.call("zz-staff", "POST", "/api/courses/99999999/certificate-jobs", null, null, null));
        long course = Setup.course("YLHLY", 5, 5);
        problem(403, Setup.call("xc-staff", "POST", "/api/courses/" + course + "/certificate-jobs", null, null, null));
        problem(403, Setup.call("zz-assessor", "POST", "/api/courses/" + course + "/certificate-jobs", null, null, null));
        assertEquals("NOTHING_TO_ISSUE", problem(409, Setup.call("zz-staff", "POST", "/api/courses/" + course + "/certificate-jobs",
                null, null, null)).getString("code"));
        problem(404, Setup.call("zz-staff", "GET", "/api/certificate-jobs/99999999", null, null, null));
        problem(404, Setup.call("zz-staff", "GET", "/api/certificate-jobs/99999999/zip", null, null, null));
        problem(400, Setup.call("zz-staff", "GET", "/api/certificate-jobs/x", null, null, null));
    }

    @Test
    void verificationIsRateLimitedPerClient() {
        String client = "203.0.113." + (int) (Math.random() * 250 + 1);
        HttpResponse<String> last = null;
        for (int i = 0; i < 70 && (last == null || last.statusCode() != 429); i++) {
            last = Setup.raw(Setup.request(null, "/api/verification/codes/not-a-code").setHeader("X-Forwarded-For", client).GET());
        }
        assertEquals(429, last.statusCode(), last::body);
        assertTrue(last.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals(400, Setup.raw(Setup.request(null, "/api/verification/codes/not-a-code").GET()).statusCode(),
                "another client is not held back");
    }

    private static JsonObject problem(int status, Api.Reply r) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        return r.json();
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
