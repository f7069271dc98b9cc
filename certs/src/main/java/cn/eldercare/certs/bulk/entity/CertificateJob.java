package cn.eldercare.certs.bulk.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A base issuing the certificates of a whole course cohort as one job. The counters are committed
 * after every batch, so anyone can follow the job while it runs: done + failed reaches total.
 * Enrolled caregivers who already hold a certificate of the course are skipped, not counted.
 */
@Entity
@Table(name = "certificate_job")
public class CertificateJob extends Identified {

    @Column(name = "course_id")
    private long courseId;
    @Column(name = "base_id")
    private long baseId;
    @Enumerated(EnumType.STRING)
    private JobStatus status;
    private int total;
    private int done;
    private int failed;
    private int skipped;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_by_id")
    private long requestedById;
    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Version
    private long version;

    protected CertificateJob() {
    }

    public CertificateJob(long courseId, long baseId, int total, int skipped, String requestedBy, long requestedById) {
        this.courseId = courseId;
        this.baseId = baseId;
        this.total = total;
        this.skipped = skipped;
        this.requestedBy = requestedBy;
        this.requestedById = requestedById;
        this.requestedAt = Clock.now();
        this.status = JobStatus.QUEUED;
    }

    public void start(int total, int skipped) {
        this.status = JobStatus.RUNNING;
        this.total = total;
        this.skipped = skipped;
        this.startedAt = Clock.now();
    }

    public void progressed(int issued, int refused) {
        done += issued;
        failed += refused;
    }

    public void finish(JobStatus outcome) {
        status = outcome;
        finishedAt = Clock.now();
    }

    public long getCourseId() { return courseId; }
    public long getBaseId() { return baseId; }
    public JobStatus getStatus() { return status; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public int getFailed() { return failed; }
    public int getSkipped() { return skipped; }
    public String getRequestedBy() { return requestedBy; }
    public long getRequestedById() { return requestedById; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
}
