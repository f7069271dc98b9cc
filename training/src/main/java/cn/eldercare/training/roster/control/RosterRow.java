package cn.eldercare.training.roster.control;

import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.eligibility.entity.Education;

/**
 * One caregiver from an uploaded roster, fully validated.
 *
 * @param rowNumber as the spreadsheet shows it (the header is row 1)
 * @param phone     11-digit mainland mobile number
 * @param education {@code null} when the roster has no education column or the cell is empty
 */
public record RosterRow(int rowNumber, String name, Gender gender, ResidentIdNumber idNumber, String phone,
                        Education education, SubsidyCategory subsidyCategory) {
}
