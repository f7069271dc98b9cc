package cn.eldercare.platform.audit;

import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Who did what to which record, and when. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends Identified {

    private OffsetDateTime at;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private long entityId;
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(OffsetDateTime at, String actor, String actorRole, String action,
                      String entityType, long entityId, String detail) {
        this.at = at;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
    }

    public OffsetDateTime getAt() { return at; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public String getDetail() { return detail; }
}
