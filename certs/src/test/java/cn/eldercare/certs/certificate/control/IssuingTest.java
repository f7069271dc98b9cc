package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.certs.testing.CertsFixture;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issuing, re-issuing and revoking over a real database: the rules checked at issue, the national number
 * from the counter, one current certificate per enrolment, versions that keep the number, and who may do what.
 */
class IssuingTest {

    private static CertsFixture f;

    @BeforeAll
    static void fixture() {
        f = new CertsFixture();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private record Setup(TrainingBase base, Caller staff, Course course) {
    }

    private static Setup setup() {
        TrainingBase base = f.t.base();
        Caller staff = f.t.staffOf(base);
        return new Setup(base, staff, f.t.course(staff, 10));
    }

    @Test
    void anEligibleCaregiverGetsASignedNumberedCertificate() throws IOException {
        Setup s = setup();
        Enrolment e = f.eligible(s.staff(), s.course(), "王秀英");
        Certificate c = f.issue(s.staff(), e);
        assertEquals(CertificateKind.SKILL_LEVEL, c.getKind());
        assertEquals(1, c.getVersion());
        assertEquals(CertificateStatus.VALID, c.getStatus());
        assertEquals(java.util.Optional.of(c.getNumber()), CertificateNumbers.normalize(c.getNumber()));
        assertEquals(s.staff().username(), c.getIssuedBy());
        byte[] pdf = f.pdf(c);
        assertEquals(Hashes.sha256(pdf), c.getPdfSha256());
        assertEquals(pdf.length, c.getPdfSize());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("王秀英") && text.contains(c.getNumber()), text);
            assertTrue(!text.contains("取代"), "a first issue has no version mark");
        }
        assertEquals(c.getId(), f.tx(() -> f.certificates.current(e.getId())).orElseThrow().getId());
    }

    @Test
    void theSecondCertificateOfABaseTakesTheNextNumber() {
        Setup s = setup();
        Certificate a = f.issue(s.staff(), f.eligible(s.staff(), s.course(), "甲"));
        Certificate b = f.issue(s.staff(), f.eligible(s.staff(), s.course(), "乙"));
        assertEquals(a.getNumber().substring(0, 16), b.getNumber().substring(0, 16), "same prefix");
        assertEquals(Integer.parseInt(a.getNumber().substring(16)) + 1, Integer.parseInt(b.getNumber().substring(16)));
    }

    @Test
    void anEnrolmentGetsOneCertificateAndRuleFailuresAreListed() {
        Setup s = setup();
        Enrolment e = f.eligible(s.staff(), s.course(), "李娟");
        f.issue(s.staff(), e);
        f.t.refused(409, "ALREADY_ISSUED", () -> f.issuing.issue(s.staff(), e.getId()));

        Enrolment fresh = f.enrolled(s.staff(), s.course(), "张伟");
        DomainException refusal = f.t.refused(422, "HOURS_NOT_MET", () -> f.issuing.issue(s.staff(), fresh.getId()));
        assertEquals(List.of("attendedHours", "theory", "skill"), refusal.fields().stream().map(m -> m.field()).toList());
        f.t.refused(404, "NOT_FOUND", () -> f.issuing.issue(s.staff(), -1));
    }

    @Test
    void onlyTheBasesStaffIssue() {
        Setup s = setup();
        Enrolment e = f.eligible(s.staff(), s.course(), "赵敏");
        Caller otherStaff = f.t.staffOf(f.t.base());
        Caller regulator = f.t.regulator();
        f.t.refused(403, "FORBIDDEN", () -> f.issuing.issue(otherStaff, e.getId()));
        f.t.refused(403, "FORBIDDEN", () -> f.issuing.issue(regulator, e.getId()));
    }

    @Test
    void aReissueIsTheNextVersionOfTheSameNumberAndSupersedesTheOld() throws IOException {
        Setup s = setup();
        Enrolment e = f.eligible(s.staff(), s.course(), "刘长生");
        Certificate first = f.issue(s.staff(), e);
        Certificate second = f.tx(() -> f.issuing.reissue(s.staff(), first.getId(), "姓名更正"));
        assertEquals(first.getNumber(), second.getNumber());
        assertEquals(2, second.getVersion());
        assertEquals(first.getId(), second.getSupersedesId());
        assertNotEquals(first.getVerificationCode(), second.getVerificationCode());
        Certificate old = f.tx(() -> f.certificates.get(first.getId()));
        assertEquals(CertificateStatus.SUPERSEDED, old.getStatus());
        assertEquals(second.getId(), old.getLifecycle().supersededById());
        assertEquals(second.getId(), f.tx(() -> f.certificates.current(e.getId())).orElseThrow().getId());
        try (PDDocument doc = Loader.loadPDF(f.pdf(second))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("第 2 版 · 取代第 1 版"));
            assertEquals("职业技能等级证书 " + second.getNumber() + " 第 2 版", doc.getDocumentInformation().getTitle());
        }
        f.t.refused(409, "NOT_CURRENT", () -> f.issuing.reissue(s.staff(), first.getId(), "again"));
        Caller stranger = f.t.staffOf(f.t.base());
        f.t.refused(403, "FORBIDDEN", () -> f.issuing.reissue(stranger, second.getId(), "not mine"));
        f.t.refused(404, "NOT_FOUND", () -> f.issuing.reissue(s.staff(), -1, "none"));
    }

    @Test
    void revokingKeepsTheRecordWithWhoWhenAndWhy() {
        Setup s = setup();
        Certificate c = f.issue(s.staff(), f.eligible(s.staff(), s.course(), "孙丽"));
        Caller stranger = f.t.staffOf(f.t.base());
        f.t.refused(403, "FORBIDDEN", () -> f.revocations.revoke(stranger, c.getId(), "not mine"));
        Caller regulator = f.t.regulator();
        Certificate revoked = f.tx(() -> f.revocations.revoke(regulator, c.getId(), "材料造假"));
        assertEquals(CertificateStatus.REVOKED, revoked.getStatus());
        assertEquals(regulator.username(), revoked.getLifecycle().revokedBy());
        assertEquals("材料造假", revoked.getLifecycle().revocationReason());
        f.t.refused(409, "ALREADY_REVOKED", () -> f.revocations.revoke(s.staff(), c.getId(), "again"));
        f.t.refused(404, "NOT_FOUND", () -> f.revocations.revoke(regulator, -1, "none"));
    }

    @Test
    void aSupersededVersionCannotBeRevokedButARevokedOneCanBeReissued() {
        Setup s = setup();
        Certificate first = f.issue(s.staff(), f.eligible(s.staff(), s.course(), "周芳"));
        f.tx(() -> f.revocations.revoke(s.staff(), first.getId(), "照片错误"));
        Certificate second = f.tx(() -> f.issuing.reissue(s.staff(), first.getId(), "更正照片"));
        assertEquals(CertificateStatus.VALID, second.getStatus());
        Certificate old = f.tx(() -> f.certificates.get(first.getId()));
        assertEquals("照片错误", old.getLifecycle().revocationReason(), "the revocation stays on record");
        f.t.refused(409, "NOT_CURRENT", () -> f.revocations.revoke(s.staff(), first.getId(), "old"));
    }

    @Test
    void readersSeeWhatIsTheirs() {
        Setup s = setup();
        Enrolment e = f.eligible(s.staff(), s.course(), "吴刚");
        Certificate c = f.issue(s.staff(), e);
        Caller holder = new Caller(9_999_001, "holder", cn.eldercare.platform.security.Role.CAREGIVER, null, e.getCaregiverId());
        assertEquals(c.getId(), f.tx(() -> f.certificates.visible(holder, c.getId())).getId());
        assertEquals(c.getId(), f.tx(() -> f.certificates.visible(f.t.regulator(), c.getId())).getId());
        assertEquals(c.getId(), f.tx(() -> f.certificates.visible(s.staff(), c.getId())).getId());
        Caller stranger = f.t.staffOf(f.t.base());
        f.t.refused(403, "FORBIDDEN", () -> f.certificates.visible(stranger, c.getId()));
        f.t.refused(404, "NOT_FOUND", () -> f.certificates.get(-1));

        CertificateFilter byCourse = new CertificateFilter(null, s.course().getId(), null, null, null, null);
        assertEquals(List.of(c.getId()), f.tx(() -> f.certificates.list(s.staff(), byCourse, PageRequest.of(0, 20))).items()
                .stream().map(Certificate::getId).toList());
        assertEquals(List.of(c.getId()), f.tx(() -> f.certificates.list(holder, new CertificateFilter(null, null, null, null, null, null),
                PageRequest.of(0, 20))).items().stream().map(Certificate::getId).toList());
        assertEquals(1, f.tx(() -> f.certificates.list(f.t.regulator(), byCourse, PageRequest.of(0, 20))).total());
        assertEquals(0, f.tx(() -> f.certificates.list(stranger, byCourse, PageRequest.of(0, 20))).total());
        Caller baseless = new Caller(9_999_002, "nobody", cn.eldercare.platform.security.Role.ASSESSOR, null, null);
        assertEquals(0, f.tx(() -> f.certificates.list(baseless, byCourse, PageRequest.of(0, 20))).total());
    }

    @Test
    void aCourseWithoutLevelEndsInACompletionCertificate() {
        TrainingBase base = f.t.base();
        Caller staff = f.t.staffOf(base);
        Course course = f.t.tx(() -> f.t.courses.create(staff, new cn.eldercare.training.course.control.CourseDraft("JTZHZ", 0,
                "家庭照护者公益课程 " + System.nanoTime(), 10, java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 4, 1),
                "周六", cn.eldercare.training.course.entity.DeliveryMode.OFFLINE, false,
                List.of(new cn.eldercare.training.course.entity.SyllabusModule(1, "居家照护", 8)))));
        Enrolment e = f.enrolled(staff, course, "钱多多");
        f.attend(staff, course, e);
        Certificate c = f.issue(staff, e);
        assertEquals(CertificateKind.COMPLETION, c.getKind());
        assertEquals("", c.getPrinted().levelName());
        assertNull(c.getSupersedesId());
    }
}
