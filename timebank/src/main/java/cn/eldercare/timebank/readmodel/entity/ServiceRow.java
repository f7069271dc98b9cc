package cn.eldercare.timebank.readmodel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The latest state of a service record, copied from ledger events, for queues and statistics. */
@Entity
@Table(name = "tb_service")
public class ServiceRow {

    @Id
    @Column(name = "record_id")
    private String recordId;
    @Column(name = "volunteer_id")
    private String volunteerId;
    @Column(name = "recipient_id")
    private String recipientId;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;
    private String status;
    private Integer rating;
    @Column(name = "served_minutes")
    private Long servedMinutes;
    @Column(name = "credited_minutes")
    private Long creditedMinutes;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected ServiceRow() {
    }

    public ServiceRow(String recordId) {
        this.recordId = recordId;
    }

    public void update(String volunteerId, String recipientId, String categoryCode, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       String status, Integer rating, Long servedMinutes, Long creditedMinutes, String submittedBy,
                       String decidedBy, OffsetDateTime decidedAt, OffsetDateTime expiresAt) {
        this.volunteerId = volunteerId;
        this.recipientId = recipientId;
        this.categoryCode = categoryCode;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = status;
        this.rating = rating;
        this.servedMinutes = servedMinutes;
        this.creditedMinutes = creditedMinutes;
        this.submittedBy = submittedBy;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.expiresAt = expiresAt;
    }

    public String getRecordId() { return recordId; }
    public String getVolunteerId() { return volunteerId; }
    public String getRecipientId() { return recipientId; }
    public String getCategoryCode() { return categoryCode; }
    public OffsetDateTime getStartsAt() { return startsAt; }
    public OffsetDateTime getEndsAt() { return endsAt; }
    public Long getServedMinutes() { return servedMinutes; }
    public OffsetDateTime getExpiresAt() { return expiresAt; }
}
