package cn.eldercare.certs.certificate.entity;

import cn.eldercare.platform.identity.Gender;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * What the certificate shows, copied at issue time. The PDF is drawn from this copy only, so a later
 * edit of the caregiver, course or base never changes an issued certificate.
 * A class, not a record: EclipseLink 4 cannot build records as embeddables.
 */
@Embeddable
public class PrintedData {

    @Column(name = "holder_name")
    private String holderName;
    @Enumerated(EnumType.STRING)
    @Column(name = "holder_gender")
    private Gender holderGender;
    @Column(name = "id_number_masked")
    private String idNumberMasked;
    @Column(name = "occupation_name")
    private String occupationName;
    @Column(name = "level_name")
    private String levelName;
    @Column(name = "course_title")
    private String courseTitle;
    @Column(name = "base_name")
    private String baseName;
    @Column(name = "issued_on")
    private LocalDate issuedOn;

    protected PrintedData() {
    }

    public PrintedData(String holderName, Gender holderGender, String idNumberMasked, String occupationName,
                       String levelName, String courseTitle, String baseName, LocalDate issuedOn) {
        this.holderName = holderName;
        this.holderGender = holderGender;
        this.idNumberMasked = idNumberMasked;
        this.occupationName = occupationName;
        this.levelName = levelName;
        this.courseTitle = courseTitle;
        this.baseName = baseName;
        this.issuedOn = issuedOn;
    }

    public String holderName() { return holderName; }
    public Gender holderGender() { return holderGender; }
    public String idNumberMasked() { return idNumberMasked; }
    public String occupationName() { return occupationName; }
    /** Empty for a completion certificate, whose course has no level. */
    public String levelName() { return levelName; }
    public String courseTitle() { return courseTitle; }
    public String baseName() { return baseName; }
    public LocalDate issuedOn() { return issuedOn; }
}
