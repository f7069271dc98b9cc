package cn.eldercare.training.caregiver.entity;

import cn.eldercare.platform.pii.ProtectedIdNumber;
import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import cn.eldercare.training.eligibility.entity.Education;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A caregiver (学员). The resident ID number is held only encrypted, with a keyed hash for
 * exact lookup and the masked form for display; the plain number never reaches this class.
 */
@Entity
@Table(name = "caregiver")
public class Caregiver extends Identified {

    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "id_number_cipher")
    private String idNumberCipher;
    @Column(name = "id_number_hash")
    private String idNumberHash;
    @Column(name = "id_number_masked")
    private String idNumberMasked;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    /** AES-GCM encrypted, like the ID number: nothing looks a caregiver up by phone, so no blind index. */
    @Column(name = "phone_cipher")
    private String phoneCipher;
    @Enumerated(EnumType.STRING)
    private Education education;
    @Column(name = "education_in_field")
    private boolean educationInField;
    @Column(name = "final_year_student")
    private boolean finalYearStudent;
    @Column(name = "apprenticeship_completed")
    private boolean apprenticeshipCompleted;
    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_category")
    private SubsidyCategory subsidyCategory;
    @Column(name = "registered_by_base_id")
    private Long registeredByBaseId;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Caregiver() {
    }

    public Caregiver(ProtectedIdNumber idNumber, Gender gender, LocalDate birthDate, Long registeredByBaseId, String createdBy) {
        this.idNumberCipher = idNumber.cipher();
        this.idNumberHash = idNumber.hash();
        this.idNumberMasked = idNumber.masked();
        this.gender = gender;
        this.birthDate = birthDate;
        this.registeredByBaseId = registeredByBaseId;
        this.createdBy = createdBy;
        this.createdAt = Clock.now();
    }

    public void updateProfile(String name, String phoneCipher, Education education, boolean educationInField,
                              boolean finalYearStudent, boolean apprenticeshipCompleted, SubsidyCategory subsidyCategory) {
        this.name = name;
        this.phoneCipher = phoneCipher;
        this.education = education;
        this.educationInField = educationInField;
        this.finalYearStudent = finalYearStudent;
        this.apprenticeshipCompleted = apprenticeshipCompleted;
        this.subsidyCategory = subsidyCategory;
    }

    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public String getIdNumberCipher() { return idNumberCipher; }
    public String getIdNumberMasked() { return idNumberMasked; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getPhoneCipher() { return phoneCipher; }
    public Education getEducation() { return education; }
    public boolean isEducationInField() { return educationInField; }
    public boolean isFinalYearStudent() { return finalYearStudent; }
    public boolean isApprenticeshipCompleted() { return apprenticeshipCompleted; }
    public SubsidyCategory getSubsidyCategory() { return subsidyCategory; }
    public Long getRegisteredByBaseId() { return registeredByBaseId; }
}
