package cn.eldercare.certs.verification.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.signing.control.PadesSigner;
import cn.eldercare.certs.signing.control.SignatureCheck;
import cn.eldercare.certs.testing.CertsFixture;
import cn.eldercare.certs.testing.MapConfig;
import cn.eldercare.certs.testing.Samples;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.testing.Beans;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public checks: an uploaded file is genuine only if signed over the whole file by a key of the
 * regulator's CA and on record byte for byte; lookups by number and name, by code and by hash.
 */
class DocumentCheckTest {

    private static CertsFixture f;
    private static TrainingBase base;
    private static Certificate issued;
    private static byte[] pdf;

    @BeforeAll
    static void fixture() {
        f = new CertsFixture();
        base = f.t.base();
        Caller staff = f.t.staffOf(base);
        Course course = f.t.course(staff, 10);
        issued = f.issue(staff, f.eligible(staff, course, "马丽"));
        pdf = f.pdf(issued);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void theIssuedFileIsGenuine() {
        DocumentCheck.Genuine genuine = f.tx(() -> f.documentCheck.check(pdf));
        assertEquals(issued.getId(), genuine.certificate().getId());
        assertEquals(SignatureCheck.Verdict.VALID, genuine.signature().verdict());
        assertEquals(base.getName(), genuine.signature().signer());
    }

    @Test
    void whatIsNotAPdfOrNotSignedIsRefused() {
        f.t.refused(400, "INVALID_INPUT", () -> f.documentCheck.check("hello".getBytes(StandardCharsets.US_ASCII)));
        f.t.refused(400, "INVALID_INPUT", () -> f.documentCheck.check("%PDF-1.7 but nothing more".getBytes(StandardCharsets.US_ASCII)));
        byte[] unsigned = Samples.RENDERER.render(Samples.content("马丽", issued.getNumber()));
        f.t.refused(422, "NOT_SIGNED", () -> f.documentCheck.check(unsigned));
    }

    @Test
    void aChangedByteBreaksTheSignature() {
        byte[] tampered = pdf.clone();
        tampered[12] ^= 0x01;
        f.t.refused(422, "SIGNATURE_INVALID", () -> f.documentCheck.check(tampered));
    }

    @Test
    void contentAddedAfterSigningIsSeen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentInformation().setTitle("已修改");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        f.t.refused(422, "MODIFIED_AFTER_SIGNING", () -> f.documentCheck.check(out.toByteArray()));
    }

    @Test
    void aSignerOutsideTheRegulatorsCaIsUntrusted() {
        byte[] foreign = PadesSigner.sign(Samples.RENDERER.render(Samples.content("马丽", issued.getNumber())), Samples.BASE,
                Instant.now(), "伪造");
        f.t.refused(422, "UNTRUSTED_SIGNER", () -> f.documentCheck.check(foreign));
    }

    @Test
    void aValidSignatureOnAFileNotOnRecordIsRefused() {
        byte[] unrecorded = PadesSigner.sign(Samples.RENDERER.render(Samples.content("马丽", issued.getNumber())),
                f.keys.forBase(base), Instant.now(), "未登记");
        f.t.refused(422, "NOT_ON_RECORD", () -> f.documentCheck.check(unrecorded));
    }

    @Test
    void lookupsFindTheCertificateOnlyWithTheRightKey() {
        assertEquals(Optional.of(issued.getId()), f.tx(() -> f.lookup.byNumber(issued.getNumber(), " 马丽 ")).map(Certificate::getId));
        assertEquals(Optional.empty(), f.tx(() -> f.lookup.byNumber(issued.getNumber(), "马力")), "the number alone reveals nothing");
        assertEquals(Optional.of(issued.getId()), f.tx(() -> f.lookup.byCode(issued.getVerificationCode())).map(Certificate::getId));
        assertEquals(Optional.empty(), f.tx(() -> f.lookup.byCode("0000000000000000000Z")));
        assertEquals(Optional.of(issued.getId()), f.tx(() -> f.lookup.byHash(issued.getPdfSha256())).map(Certificate::getId));
        assertEquals(Optional.empty(), f.tx(() -> f.lookup.latest("S000000000000000000000")));
    }

    @Test
    void theThrottleCountsPerClientAndTrustsOnlyConfiguredProxies() {
        VerificationThrottle throttle = new VerificationThrottle();
        Beans.wire(f.t.em, throttle, new MapConfig(Map.of("certs.verify.rate-limit", "2", "certs.verify.trusted-proxies", " 10.0.0.1 ,")));
        throttle.configure();
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        assertEquals(0, throttle.acquire("203.0.113.5", null, now));
        assertEquals(0, throttle.acquire("203.0.113.5", null, now));
        assertTrue(throttle.acquire("203.0.113.5", null, now) > 0, "the third request in the minute waits");
        assertEquals(0, throttle.acquire("10.0.0.1", "198.51.100.7", now), "a trusted proxy names the client");
        assertEquals(0, throttle.acquire("10.0.0.1", "198.51.100.7", now));
        assertTrue(throttle.acquire("10.0.0.1", "198.51.100.7", now) > 0);
        assertTrue(throttle.acquire("203.0.113.5", "198.51.100.8", now) > 0, "an untrusted peer cannot name another client");
    }
}
