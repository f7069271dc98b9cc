package cn.eldercare.certs.document.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.PrintedData;

import java.time.Instant;

/**
 * Everything a certificate's page shows: the frozen data, its number and version (1 for a first issue),
 * and where and how to verify it.
 */
public record CertificateContent(CertificateKind kind, PrintedData printed, String number, int version, String verificationCode,
                                 String verifyPage, Instant issuedAt) {

    /** What the QR code holds: the public verification page, opened on this certificate's code. */
    public String verifyLink() {
        return verifyPage + "?code=" + verificationCode;
    }
}
