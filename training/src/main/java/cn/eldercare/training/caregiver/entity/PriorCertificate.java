package cn.eldercare.training.caregiver.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import cn.eldercare.training.eligibility.entity.HeldCertificate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A certificate the caregiver already held when recorded here (for example a legacy 职业资格证书),
 * entered by staff from the paper original; it counts for eligibility.
 */
@Entity
@Table(name = "held_certificate")
public class PriorCertificate extends Identified {

    @Column(name = "caregiver_id")
    private long caregiverId;
    @Column(name = "occupation_code")
    private String occupationCode;
    private int level;
    private String kind;
    private String number;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected PriorCertificate() {
    }

    public PriorCertificate(long caregiverId, String occupationCode, int level, String kind, String number,
                            LocalDate issuedOn, String recordedBy) {
        this.caregiverId = caregiverId;
        this.occupationCode = occupationCode;
        this.level = level;
        this.kind = kind;
        this.number = number;
        this.issuedOn = issuedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = Clock.now();
    }

    public HeldCertificate asHeld() {
        return new HeldCertificate(occupationCode, level, issuedOn);
    }

    public long getCaregiverId() { return caregiverId; }
    public String getOccupationCode() { return occupationCode; }
    public int getLevel() { return level; }
    public String getKind() { return kind; }
    public String getNumber() { return number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getRecordedBy() { return recordedBy; }
}
