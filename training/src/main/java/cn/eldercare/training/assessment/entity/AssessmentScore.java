package cn.eldercare.training.assessment.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One attempt at one part of an assessment, with who entered it and when. Retakes add attempts. */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore extends Identified {

    @Column(name = "enrolment_id")
    private long enrolmentId;
    @Enumerated(EnumType.STRING)
    private AssessmentPart part;
    private int attempt;
    private int score;
    private boolean passed;
    private String panel;
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    protected AssessmentScore() {
    }

    public AssessmentScore(long enrolmentId, AssessmentPart part, int attempt, int score, String panel, String enteredBy) {
        this.enrolmentId = enrolmentId;
        this.part = part;
        this.attempt = attempt;
        this.score = score;
        this.passed = score >= AssessmentPart.PASS_MARK;
        this.panel = panel;
        this.enteredBy = enteredBy;
        this.enteredAt = Clock.now();
    }

    public long getEnrolmentId() { return enrolmentId; }
    public AssessmentPart getPart() { return part; }
    public int getAttempt() { return attempt; }
    public int getScore() { return score; }
    public boolean isPassed() { return passed; }
    public String getPanel() { return panel; }
    public String getEnteredBy() { return enteredBy; }
    public OffsetDateTime getEnteredAt() { return enteredAt; }
}
