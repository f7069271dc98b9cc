package cn.eldercare.certs.certificate.entity;

/**
 * Where a certificate version stands. A certificate is never deleted: revoking and superseding
 * only change its status, so every number ever printed still answers a verification.
 */
public enum CertificateStatus {
    VALID, REVOKED, SUPERSEDED
}
