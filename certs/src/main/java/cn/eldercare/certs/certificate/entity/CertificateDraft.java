package cn.eldercare.certs.certificate.entity;

import cn.eldercare.platform.identity.SubsidyCategory;

import java.time.OffsetDateTime;

/** A certificate decided on and numbered, but not yet rendered, signed and recorded. */
public record CertificateDraft(CertificateKind kind, String number, int version, String verificationCode,
                               long caregiverId, long baseId, long courseId, long enrolmentId, String occupationCode,
                               int level, SubsidyCategory subsidyCategory, PrintedData printed, OffsetDateTime issuedAt,
                               String issuedBy, Long jobId, Long supersedesId) {
}
