package cn.eldercare.training.attendance.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One class session of a course; its length counts towards each attendee's hours. */
@Entity
@Table(name = "attendance_session")
public class AttendanceSession extends Identified {

    @Column(name = "course_id")
    private long courseId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private int minutes;
    private String topic;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected AttendanceSession() {
    }

    public AttendanceSession(long courseId, LocalDate heldOn, int minutes, String topic, String recordedBy) {
        this.courseId = courseId;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.topic = topic;
        this.recordedBy = recordedBy;
        this.recordedAt = Clock.now();
    }

    public long getCourseId() { return courseId; }
    public LocalDate getHeldOn() { return heldOn; }
    public int getMinutes() { return minutes; }
    public String getTopic() { return topic; }
    public String getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
