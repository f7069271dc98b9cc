package cn.eldercare.account.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A person who signs in. Base staff and assessors belong to a base; a caregiver account to a caregiver. */
@Entity
@Table(name = "app_user")
public class UserAccount extends Identified {

    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "base_id")
    private Long baseId;
    @Column(name = "caregiver_id")
    private Long caregiverId;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Enumerated(EnumType.STRING)
    private AccountStatus status = AccountStatus.ACTIVE;
    /** Raised to end every token issued before: tokens carry the version they were issued with. */
    @Column(name = "token_version")
    private int tokenVersion;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "status_changed_by")
    private String statusChangedBy;
    @Column(name = "status_changed_at")
    private OffsetDateTime statusChangedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, String displayName, Long baseId, Long caregiverId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.baseId = baseId;
        this.caregiverId = caregiverId;
        this.createdAt = Clock.now();
    }

    /** A volunteer's own application: the account exists, but signs in only once the station approves. */
    public UserAccount awaitingApproval() {
        status = AccountStatus.PENDING;
        return this;
    }

    public void changeStatus(AccountStatus to, String by, String reason) {
        status = to;
        statusChangedBy = by;
        statusReason = reason;
        statusChangedAt = Clock.now();
        if (to != AccountStatus.ACTIVE) {
            revokeTokens();
        }
    }

    /** The same password, hashed anew: a stronger scheme or more iterations than when it was set. */
    public void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void revokeTokens() {
        tokenVersion++;
    }

    public Caller asCaller() {
        return new Caller(id, username, role, baseId, caregiverId);
    }

    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public String getDisplayName() { return displayName; }
    public Long getBaseId() { return baseId; }
    public Long getCaregiverId() { return caregiverId; }
    public AccountStatus getStatus() { return status; }
    public int getTokenVersion() { return tokenVersion; }
    public String getStatusReason() { return statusReason; }
}
