package cn.eldercare.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A session signed out before its token expired; kept until then, as the token could be replayed until then. */
@Entity
@Table(name = "revoked_token")
public class RevokedToken {

    @Id
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "user_id")
    private long userId;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected RevokedToken() {
    }

    public RevokedToken(String sessionId, long userId, OffsetDateTime expiresAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }
}
