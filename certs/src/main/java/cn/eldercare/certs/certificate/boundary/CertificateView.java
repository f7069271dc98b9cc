package cn.eldercare.certs.certificate.boundary;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.certs.certificate.entity.Lifecycle;
import cn.eldercare.certs.certificate.entity.PrintedData;
import cn.eldercare.platform.identity.Gender;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A certificate version as its base, its holder and the regulator see it; the ID number only masked. */
public record CertificateView(long id, CertificateKind kind, String title, String number, int version, CertificateStatus status,
                              String verificationCode, String verifyLink, long caregiverId, long baseId, long courseId,
                              long enrolmentId, String occupationCode, int level, String holderName, Gender holderGender,
                              String idNumberMasked, String occupationName, String levelName, String courseTitle,
                              String baseName, LocalDate issuedOn, OffsetDateTime issuedAt, String issuedBy, String pdfSha256,
                              int pdfSize, Long jobId, Long supersedesId, Long supersededById, OffsetDateTime supersededAt,
                              OffsetDateTime revokedAt, String revokedBy, String revocationReason) {

    public static CertificateView of(Certificate c, String verifyLink) {
        PrintedData p = c.getPrinted();
        Lifecycle l = c.getLifecycle();
        return new CertificateView(c.getId(), c.getKind(), c.getKind().title().zh(), c.getNumber(), c.getVersion(), c.getStatus(),
                c.getVerificationCode(), verifyLink, c.getCaregiverId(), c.getBaseId(), c.getCourseId(), c.getEnrolmentId(),
                c.getOccupationCode(), c.getLevel(), p.holderName(), p.holderGender(), p.idNumberMasked(), p.occupationName(),
                p.levelName(), p.courseTitle(), p.baseName(), p.issuedOn(), c.getIssuedAt(), c.getIssuedBy(), c.getPdfSha256(),
                c.getPdfSize(), c.getJobId(), c.getSupersedesId(), l.supersededById(), l.supersededAt(), l.revokedAt(),
                l.revokedBy(), l.revocationReason());
    }
}
