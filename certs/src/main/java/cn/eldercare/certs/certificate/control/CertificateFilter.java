package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.CertificateStatus;

/** The optional filters of the certificate list. */
public record CertificateFilter(Long caregiverId, Long courseId, Long jobId, CertificateStatus status, CertificateKind kind,
                                String number) {
}
