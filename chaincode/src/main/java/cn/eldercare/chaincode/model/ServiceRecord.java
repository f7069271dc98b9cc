package cn.eldercare.chaincode.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One service session, from check-in (or submission) to confirmation, cancellation or expiry.
 * Mutable on purpose: each transaction loads it, applies one transition and stores it again.
 * The weight is copied from the catalogue at submission so a later catalogue change cannot alter
 * what a pending record will be credited.
 */
public final class ServiceRecord {

    private String recordId;
    private String volunteerId;
    private String recipientId;
    private String categoryCode;
    private int weightPercent;
    private Instant start;
    private Instant end;
    private ServiceStatus status;
    private String submittedBy;
    private Instant expiresAt;
    private Integer rating;
    private String comment;
    private String decidedBy;
    private Instant decidedAt;
    private String reason;
    private Long servedMinutes;
    private Long creditedMinutes;

    public static ServiceRecord open(final String recordId, final String volunteerId, final String recipientId,
            final Category category, final Instant start, final String submittedBy, final Instant expiresAt) {
        final ServiceRecord record = new ServiceRecord();
        record.recordId = recordId;
        record.volunteerId = volunteerId;
        record.recipientId = recipientId;
        record.categoryCode = category.code();
        record.weightPercent = category.weightPercent();
        record.start = start;
        record.status = ServiceStatus.OPEN;
        record.submittedBy = submittedBy;
        record.expiresAt = expiresAt;
        return record;
    }

    /** Closes the window; the record now waits for confirmation until {@code newExpiry}. */
    public void close(final Instant windowEnd, final Instant newExpiry) {
        end = windowEnd;
        expiresAt = newExpiry;
        status = ServiceStatus.PENDING;
        servedMinutes = Duration.between(start, end).toMinutes();
    }

    public void confirm(final int stars, final String text, final String by, final Instant at, final long credited) {
        rating = stars;
        comment = text;
        decide(ServiceStatus.CONFIRMED, by, at, null);
        creditedMinutes = credited;
    }

    public void decide(final ServiceStatus outcome, final String by, final Instant at, final String why) {
        status = outcome;
        decidedBy = by;
        decidedAt = at;
        reason = why;
    }

    /** Served minutes times the weight, rounded half up: integer arithmetic, identical on every peer. */
    public long weightedMinutes() {
        return (servedMinutes * weightPercent + 50) / 100;
    }

    public boolean isExpiredAt(final Instant now) {
        return (status == ServiceStatus.OPEN || status == ServiceStatus.PENDING) && now.isAfter(expiresAt);
    }

    public String recordId() {
        return recordId;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String recipientId() {
        return recipientId;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public ServiceStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int weightPercent() {
        return weightPercent;
    }

    public Integer rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public Long servedMinutes() {
        return servedMinutes;
    }

    public Long creditedMinutes() {
        return creditedMinutes;
    }
}
