package cn.eldercare.training.caregiver.control;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.eligibility.entity.Education;

/** The editable part of a caregiver's record; gender is optional and must agree with the ID number. */
public record CaregiverProfile(String name, Gender gender, String phone, Education education, boolean educationInField,
                               boolean finalYearStudent, boolean apprenticeshipCompleted, SubsidyCategory subsidyCategory) {
}
