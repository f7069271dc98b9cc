package cn.eldercare.training.enrolment.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A caregiver's place in a course: enrolled, waiting (in queue order) or cancelled.
 * Cancelled enrolments stay, so the history of who was where is kept.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.CAREGIVER_WITH_ACTIVE, query = "SELECT g, e.id FROM Caregiver g LEFT JOIN Enrolment e"
        + " ON e.courseId = :course AND e.activeCaregiverId = g.id WHERE g.id = :caregiver")
public class Enrolment extends Identified {

    /** The caregiver and the id of their active enrolment in a course, if any. */
    public static final String CAREGIVER_WITH_ACTIVE = "Enrolment.caregiverWithActive";

    @Column(name = "course_id")
    private long courseId;
    @Column(name = "caregiver_id")
    private long caregiverId;
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;
    @Column(name = "active_caregiver_id")
    private Long activeCaregiverId;
    @Column(name = "enrolled_at")
    private OffsetDateTime enrolledAt;
    @Column(name = "enrolled_by")
    private String enrolledBy;
    @Column(name = "promoted_at")
    private OffsetDateTime promotedAt;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "attended_minutes")
    private int attendedMinutes;
    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(long courseId, long caregiverId, boolean seated, String enrolledBy) {
        this.courseId = courseId;
        this.caregiverId = caregiverId;
        this.status = seated ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
        this.activeCaregiverId = caregiverId;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = Clock.now();
    }

    public void promote() {
        status = EnrolmentStatus.ENROLLED;
        promotedAt = Clock.now();
    }

    public void cancel(String by) {
        status = EnrolmentStatus.CANCELLED;
        activeCaregiverId = null;
        cancelledAt = Clock.now();
        cancelledBy = by;
    }

    public void attended(int minutes) {
        attendedMinutes += minutes;
    }

    public long getCourseId() { return courseId; }
    public long getCaregiverId() { return caregiverId; }
    public EnrolmentStatus getStatus() { return status; }
    public OffsetDateTime getEnrolledAt() { return enrolledAt; }
    public String getEnrolledBy() { return enrolledBy; }
    public OffsetDateTime getPromotedAt() { return promotedAt; }
    public OffsetDateTime getCancelledAt() { return cancelledAt; }
    public String getCancelledBy() { return cancelledBy; }
    public int getAttendedMinutes() { return attendedMinutes; }
}
