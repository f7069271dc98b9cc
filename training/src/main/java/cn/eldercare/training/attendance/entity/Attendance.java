package cn.eldercare.training.attendance.entity;

import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That an enrolled caregiver attended a session, and for how many of its minutes. */
@Entity
@Table(name = "attendance")
public class Attendance extends Identified {

    @Column(name = "session_id")
    private long sessionId;
    @Column(name = "enrolment_id")
    private long enrolmentId;
    private int minutes;

    protected Attendance() {
    }

    public Attendance(long sessionId, long enrolmentId, int minutes) {
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
        this.minutes = minutes;
    }

    public long getSessionId() { return sessionId; }
    public long getEnrolmentId() { return enrolmentId; }
    public int getMinutes() { return minutes; }
}
