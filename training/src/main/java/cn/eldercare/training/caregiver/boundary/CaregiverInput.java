package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.caregiver.control.CaregiverProfile;
import cn.eldercare.training.eligibility.entity.Education;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A caregiver's details; the ID number is validated (region, birth date, check character) by the rules. */
public record CaregiverInput(@Size(max = 18) String idNumber,
                             @NotBlank @Size(max = 50) String name,
                             Gender gender,
                             @Pattern(regexp = "1[3-9]\\d{9}") String phone,
                             Education education,
                             Boolean educationInField,
                             Boolean finalYearStudent,
                             Boolean apprenticeshipCompleted,
                             @NotNull SubsidyCategory subsidyCategory) {

    CaregiverProfile profile() {
        return new CaregiverProfile(name.strip(), gender, phone, education, Boolean.TRUE.equals(educationInField),
                Boolean.TRUE.equals(finalYearStudent), Boolean.TRUE.equals(apprenticeshipCompleted), subsidyCategory);
    }
}
