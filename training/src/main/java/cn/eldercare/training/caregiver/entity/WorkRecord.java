package cn.eldercare.training.caregiver.entity;

import cn.eldercare.platform.persistence.Identified;
import cn.eldercare.training.eligibility.entity.WorkPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A period of work, in this occupation or a related one, that counts towards experience. */
@Entity
@Table(name = "work_period")
public class WorkRecord extends Identified {

    @Column(name = "caregiver_id")
    private long caregiverId;
    private String employer;
    @Column(name = "from_date")
    private LocalDate fromDate;
    @Column(name = "to_date")
    private LocalDate toDate;
    private boolean related;

    protected WorkRecord() {
    }

    public WorkRecord(long caregiverId, String employer, LocalDate fromDate, LocalDate toDate, boolean related) {
        this.caregiverId = caregiverId;
        this.employer = employer;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.related = related;
    }

    public WorkPeriod asPeriod() {
        return new WorkPeriod(fromDate, toDate, related);
    }

    public long getCaregiverId() { return caregiverId; }
    public String getEmployer() { return employer; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
    public boolean isRelated() { return related; }
}
