package cn.eldercare.certs.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.OffsetDateTime;

/** What happened to a certificate after issue: who revoked it, when and why, and what superseded it. */
@Embeddable
public class Lifecycle {

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Column(name = "superseded_by_id")
    private Long supersededById;
    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    void revoked(String by, String reason, OffsetDateTime at) {
        revokedBy = by;
        revocationReason = reason;
        revokedAt = at;
    }

    void superseded(OffsetDateTime at) {
        supersededAt = at;
    }

    void successor(long id) {
        supersededById = id;
    }

    public OffsetDateTime revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
    public String revocationReason() { return revocationReason; }
    public Long supersededById() { return supersededById; }
    public OffsetDateTime supersededAt() { return supersededAt; }
}
