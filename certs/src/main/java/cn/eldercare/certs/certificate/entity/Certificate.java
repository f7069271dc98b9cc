package cn.eldercare.certs.certificate.entity;

import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One version of an issued certificate: its frozen printed data, the SHA-256 of its signed PDF and its
 * status. A re-issue is a new row with the same number and the next version; {@code currentEnrolmentId}
 * is the enrolment while this row is the latest version and NULL once superseded, so a plain unique
 * key allows one current certificate per enrolment on both databases.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends Identified {

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;
    private String number;
    private int version;
    @Column(name = "verification_code")
    private String verificationCode;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    @Column(name = "caregiver_id")
    private long caregiverId;
    @Column(name = "base_id")
    private long baseId;
    @Column(name = "course_id")
    private long courseId;
    @Column(name = "enrolment_id")
    private long enrolmentId;
    @Column(name = "current_enrolment_id")
    private Long currentEnrolmentId;
    @Column(name = "occupation_code")
    private String occupationCode;
    private int level;
    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_category")
    private SubsidyCategory subsidyCategory;
    @Embedded
    private PrintedData printed;
    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "pdf_sha256")
    private String pdfSha256;
    @Column(name = "pdf_size")
    private int pdfSize;
    @Column(name = "job_id")
    private Long jobId;
    @Column(name = "supersedes_id")
    private Long supersedesId;
    @Embedded
    private Lifecycle lifecycle = new Lifecycle();

    protected Certificate() {
    }

    public Certificate(CertificateDraft draft, String pdfSha256, int pdfSize) {
        this.kind = draft.kind();
        this.number = draft.number();
        this.version = draft.version();
        this.verificationCode = draft.verificationCode();
        this.status = CertificateStatus.VALID;
        this.caregiverId = draft.caregiverId();
        this.baseId = draft.baseId();
        this.courseId = draft.courseId();
        this.enrolmentId = draft.enrolmentId();
        this.currentEnrolmentId = draft.enrolmentId();
        this.occupationCode = draft.occupationCode();
        this.level = draft.level();
        this.subsidyCategory = draft.subsidyCategory();
        this.printed = draft.printed();
        this.issuedAt = draft.issuedAt();
        this.issuedBy = draft.issuedBy();
        this.jobId = draft.jobId();
        this.supersedesId = draft.supersedesId();
        this.pdfSha256 = pdfSha256;
        this.pdfSize = pdfSize;
    }

    public void revoke(String by, String reason, OffsetDateTime at) {
        status = CertificateStatus.REVOKED;
        getLifecycle().revoked(by, reason, at);
    }

    /**
     * Keeps any revocation on record: a revoked certificate may be corrected by a re-issue. The successor is
     * linked once it exists, because this row must stop being current before the successor's row is written.
     */
    public void supersede(OffsetDateTime at) {
        status = CertificateStatus.SUPERSEDED;
        currentEnrolmentId = null;
        getLifecycle().superseded(at);
    }

    public void succeededBy(long successorId) {
        getLifecycle().successor(successorId);
    }

    public boolean isCurrent() { return status != CertificateStatus.SUPERSEDED; }

    public CertificateKind getKind() { return kind; }
    public String getNumber() { return number; }
    public int getVersion() { return version; }
    public String getVerificationCode() { return verificationCode; }
    public CertificateStatus getStatus() { return status; }
    public long getCaregiverId() { return caregiverId; }
    public long getBaseId() { return baseId; }
    public long getCourseId() { return courseId; }
    public long getEnrolmentId() { return enrolmentId; }
    public String getOccupationCode() { return occupationCode; }
    public int getLevel() { return level; }
    public SubsidyCategory getSubsidyCategory() { return subsidyCategory; }
    public PrintedData getPrinted() { return printed; }
    public OffsetDateTime getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public String getPdfSha256() { return pdfSha256; }
    public int getPdfSize() { return pdfSize; }
    public Long getJobId() { return jobId; }
    public Long getSupersedesId() { return supersedesId; }

    /** EclipseLink loads an embeddable whose columns are all NULL as null: nothing has happened yet. */
    public Lifecycle getLifecycle() {
        if (lifecycle == null) {
            lifecycle = new Lifecycle();
        }
        return lifecycle;
    }
}
