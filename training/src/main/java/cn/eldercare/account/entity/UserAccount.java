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

    public Caller asCaller() {
        return new Caller(id, username, role, baseId, caregiverId);
    }

    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public String getDisplayName() { return displayName; }
    public Long getBaseId() { return baseId; }
    public Long getCaregiverId() { return caregiverId; }
}
