package cn.eldercare.certs.bulk.entity;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A member of the cohort the job could not certify, and the rule (or fault) that stopped it. */
@Entity
@Table(name = "certificate_job_failure")
public class JobFailure extends Identified {

    @Column(name = "job_id")
    private long jobId;
    @Column(name = "enrolment_id")
    private long enrolmentId;
    @Column(name = "holder_name")
    private String holderName;
    private String code;
    @Column(name = "reason_zh")
    private String reasonZh;
    @Column(name = "reason_en")
    private String reasonEn;

    protected JobFailure() {
    }

    public JobFailure(long jobId, long enrolmentId, String holderName, String code, Text reason) {
        this.jobId = jobId;
        this.enrolmentId = enrolmentId;
        this.holderName = holderName;
        this.code = code;
        this.reasonZh = cut(reason.zh());
        this.reasonEn = cut(reason.en());
    }

    private static String cut(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    public long getEnrolmentId() { return enrolmentId; }
    public String getHolderName() { return holderName; }
    public String getCode() { return code; }
    public Text getReason() { return Text.of(reasonZh, reasonEn); }
}
