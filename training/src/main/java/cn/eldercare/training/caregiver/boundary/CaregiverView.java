package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.eligibility.entity.Education;

import java.time.LocalDate;

/** A caregiver as the API shows them: the ID number only masked. */
public record CaregiverView(long id, String name, Gender gender, String idNumberMasked, LocalDate birthDate, String phone,
                            Education education, boolean educationInField, boolean finalYearStudent,
                            boolean apprenticeshipCompleted, SubsidyCategory subsidyCategory, Long registeredByBaseId) {

    public static CaregiverView of(Caregiver g, String phone) {
        return new CaregiverView(g.getId(), g.getName(), g.getGender(), g.getIdNumberMasked(), g.getBirthDate(), phone,
                g.getEducation(), g.isEducationInField(), g.isFinalYearStudent(), g.isApprenticeshipCompleted(),
                g.getSubsidyCategory(), g.getRegisteredByBaseId());
    }
}
