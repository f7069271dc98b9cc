package cn.eldercare.certs.verification.boundary;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.certificate.entity.CertificateStatus;
import cn.eldercare.certs.certificate.entity.Lifecycle;
import cn.eldercare.certs.certificate.entity.PrintedData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the public learns about a certificate: its status and the minimum of personal data (name,
 * masked ID number, occupation, level, issuer, date). {@code currentVersion} tells a holder of a
 * superseded copy that a newer one exists.
 */
public record VerificationView(CertificateStatus result, String title, String number, int version, int currentVersion,
                               String holderName, String idNumberMasked, String occupation, String level, String issuer,
                               LocalDate issuedOn, LocalDate revokedOn, String revocationReason, LocalDate supersededOn) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static VerificationView of(Certificate c, int currentVersion) {
        PrintedData p = c.getPrinted();
        Lifecycle l = c.getLifecycle();
        return new VerificationView(c.getStatus(), c.getKind().title().zh(), c.getNumber(), c.getVersion(), currentVersion,
                p.holderName(), p.idNumberMasked(), p.occupationName(), p.levelName(), p.baseName(), p.issuedOn(),
                day(l.revokedAt()), l.revocationReason(), day(l.supersededAt()));
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CHINA).toLocalDate();
    }
}
