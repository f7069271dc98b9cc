package cn.eldercare.training.eligibility.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.training.eligibility.entity.EligibilityResult;
import cn.eldercare.training.eligibility.entity.Profiles;
import cn.eldercare.training.eligibility.entity.UnmetOption;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.eldercare.training.eligibility.entity.Education.BACHELOR;
import static cn.eldercare.training.eligibility.entity.Education.HIGHER_VOCATIONAL;
import static cn.eldercare.training.eligibility.entity.Education.SENIOR_MIDDLE;
import static cn.eldercare.training.eligibility.entity.Education.SENIOR_TECHNICAL_SCHOOL;
import static cn.eldercare.training.eligibility.entity.Education.TECHNICAL_SCHOOL;
import static cn.eldercare.training.eligibility.entity.Education.TECHNICIAN_COLLEGE;
import static cn.eldercare.training.eligibility.entity.Profiles.CAREGIVER;
import static cn.eldercare.training.eligibility.entity.Profiles.candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every option of every level of the 2019 caregiver standard, met and not met. */
class EligibilityCheckerTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final EligibilityChecker CHECKER = EligibilityChecker.withDefaultRules();

    @Nested
    class Level5 {
        @Test
        void exactlyOneYearOfWork() {
            assertMet(check(candidate().workingSince(LocalDate.of(2024, 7, 1)), 5), "5.1");
        }

        @Test
        void oneDayShortOfAYear() {
            EligibilityResult r = check(candidate().workingSince(LocalDate.of(2024, 7, 2)), 5);
            assertShortfalls(r, "5.1", Text.of("需要累计从事本职业或相关职业工作1年（含）以上，当前0.9年",
                    "needs ≥1 years of work in this or a related occupation, has 0.9"));
        }

        @Test
        void completedApprenticeship() {
            assertMet(check(candidate().apprenticeship(), 5), "5.2");
        }

        @Test
        void explainsWhyNoOptionIsMet() {
            EligibilityResult r = check(candidate(), 5);
            assertFalse(r.eligible());
            assertNull(r.metOptionId());
            assertEquals(Text.of("不符合养老护理员五级/初级工的任一申报条件",
                    "meets none of the application options for elderly caregiver, level 5 (junior worker)"), r.summary());
            assertEquals(List.of("5.1", "5.2"), r.unmetOptions().stream().map(UnmetOption::optionId).toList());
            assertShortfalls(r, "5.2", Text.of("需要本职业或相关职业学徒期满",
                    "needs a completed apprenticeship in this or a related occupation"));
        }
    }

    @Nested
    class Level4 {
        @Test
        void exactlyTwoYearsSinceTheLevel5Certificate() {
            // 2021-03-01 .. 2023-02-28: two calendar years without a leap day, 730 days.
            Profiles p = candidate().certificate(5, LocalDate.of(2021, 3, 1))
                    .worked(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 2, 28));
            EligibilityResult r = check(p, 4);
            assertMet(r, "4.1");
            assertEquals("取得本职业五级/初级工证书后，累计从事本职业或相关职业工作2年（含）以上", r.metOption().zh());
        }

        @Test
        void workBeforeTheCertificateDoesNotCount() {
            Profiles p = candidate().certificate(5, LocalDate.of(2021, 3, 1))
                    .worked(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 2, 27));
            assertShortfalls(check(p, 4), "4.1", Text.of(
                    "需要取得五级/初级工证书后累计从事本职业或相关职业工作2年（含）以上，当前1.9年",
                    "needs ≥2 years of work since the level 5 (junior worker) certificate, has 1.9"));
        }

        @Test
        void oneAndAHalfYearsSinceTheCertificate() {
            Profiles p = candidate().certificate(5, LocalDate.of(2023, 12, 31)).workingSince(LocalDate.of(2023, 1, 1));
            assertShortfalls(check(p, 4), "4.1", Text.of(
                    "需要取得五级/初级工证书后累计从事本职业或相关职业工作2年（含）以上，当前1.5年",
                    "needs ≥2 years of work since the level 5 (junior worker) certificate, has 1.5"));
        }

        @Test
        void aHigherCertificateSatisfiesTheLevel5Requirement() {
            Profiles p = candidate().certificate(3, LocalDate.of(2022, 1, 1)).workingSince(LocalDate.of(2022, 1, 1));
            assertMet(check(p, 4), "4.1");
        }

        @Test
        void theEarliestQualifyingCertificateCounts() {
            Profiles p = candidate().certificate(5, LocalDate.of(2022, 1, 1)).certificate(4, LocalDate.of(2025, 1, 1))
                    .workingSince(LocalDate.of(2022, 1, 1));
            assertMet(check(p, 4), "4.1");
        }

        @Test
        void aCertificateOfAnotherOccupationDoesNotCount() {
            Profiles p = candidate().certificate("XFSSCZY", 5, LocalDate.of(2022, 1, 1))
                    .workingSince(LocalDate.of(2022, 1, 1));
            assertShortfalls(check(p, 4), "4.1", Text.of("需要本职业五级/初级工（或更高等级）证书，当前没有",
                    "needs a level 5 (junior worker) (or higher) certificate in this occupation, has none"));
        }

        @Test
        void aCertificateIssuedAfterTheDayOfJudgementDoesNotCount() {
            Profiles p = candidate().certificate(5, AS_OF.plusDays(1)).workingSince(LocalDate.of(2022, 1, 1));
            assertFalse(check(p, 4).eligible());
        }

        @Test
        void exactlyFourYearsOfWork() {
            assertMet(check(candidate().workingSince(LocalDate.of(2021, 7, 1)), 4), "4.2");
        }

        @Test
        void twoDaysShortOfFourYears() {
            assertShortfalls(check(candidate().workingSince(LocalDate.of(2021, 7, 3)), 4), "4.2", Text.of(
                    "需要累计从事本职业或相关职业工作4年（含）以上，当前3.9年",
                    "needs ≥4 years of work in this or a related occupation, has 3.9"));
        }

        @Test
        void technicalSchoolDiplomaInTheField() {
            assertMet(check(candidate().education(TECHNICAL_SCHOOL, true), 4), "4.3");
            assertMet(check(candidate().education(HIGHER_VOCATIONAL, true), 4), "4.3");
        }

        @Test
        void finalYearTechnicalSchoolStudentsAreIncluded() {
            assertMet(check(candidate().education(TECHNICAL_SCHOOL, true).finalYearStudent(), 4), "4.3");
        }

        @Test
        void technicalSchoolDiplomaInAnotherField() {
            assertShortfalls(check(candidate().education(TECHNICAL_SCHOOL, false), 4), "4.3",
                    Text.of("学历需为本专业或相关专业", "the diploma must be in this or a related field"));
        }

        @Test
        void generalSchoolingIsNotEnough() {
            EligibilityResult r = check(candidate().education(SENIOR_MIDDLE, true), 4);
            assertShortfalls(r, "4.3", Text.of(
                    "需要以下本专业或相关专业学历之一：技工学校/中职、高级技工学校、技师学院、高职，当前：高中",
                    "needs one of these diplomas in this or a related field: technical school, senior technical school, "
                            + "technician college, higher vocational college; has: senior middle school"));
        }

        @Test
        void unknownEducation() {
            UnmetOption option = unmet(check(candidate(), 4), "4.3");
            assertTrue(option.shortfalls().get(0).en().endsWith("has: not given"));
        }
    }

    @Nested
    class Level3 {
        @Test
        void fourYearsSinceTheLevel4Certificate() {
            Profiles p = candidate().certificate(4, LocalDate.of(2021, 7, 1)).workingSince(LocalDate.of(2019, 1, 1));
            assertMet(check(p, 3), "3.1");
        }

        @Test
        void threeYearsSinceTheLevel4Certificate() {
            Profiles p = candidate().certificate(4, LocalDate.of(2022, 7, 1)).workingSince(LocalDate.of(2019, 1, 1));
            assertShortfalls(check(p, 3), "3.1", Text.of(
                    "需要取得四级/中级工证书后累计从事本职业或相关职业工作4年（含）以上，当前3年",
                    "needs ≥4 years of work since the level 4 (intermediate worker) certificate, has 3"));
        }

        @Test
        void level4CertificateAndTechnicianCollegeInAnyField() {
            Profiles p = candidate().certificate(4, AS_OF).education(TECHNICIAN_COLLEGE, false).finalYearStudent();
            assertMet(check(p, 3), "3.2a");
        }

        @Test
        void technicianCollegeWithoutTheLevel4Certificate() {
            Profiles p = candidate().certificate(5, LocalDate.of(2020, 1, 1)).education(SENIOR_TECHNICAL_SCHOOL, true);
            assertShortfalls(check(p, 3), "3.2a", Text.of("需要本职业四级/中级工（或更高等级）证书，当前没有",
                    "needs a level 4 (intermediate worker) (or higher) certificate in this occupation, has none"));
        }

        @Test
        void level4CertificateAndHigherVocationalDiplomaInTheField() {
            Profiles p = candidate().certificate(4, AS_OF).education(HIGHER_VOCATIONAL, true).finalYearStudent();
            assertMet(check(p, 3), "3.2b");
        }

        @Test
        void higherVocationalDiplomaOutsideTheField() {
            Profiles p = candidate().certificate(4, AS_OF).education(HIGHER_VOCATIONAL, false);
            assertShortfalls(check(p, 3), "3.2b",
                    Text.of("学历需为本专业或相关专业", "the diploma must be in this or a related field"));
        }

        @Test
        void degreeInTheFieldAndTwoYearsSinceTheLevel4Certificate() {
            Profiles p = candidate().education(BACHELOR, true).certificate(4, LocalDate.of(2023, 6, 30))
                    .workingSince(LocalDate.of(2023, 1, 1));
            EligibilityResult r = check(p, 3);
            assertMet(r, "3.3");
            assertEquals(List.of("3.1", "3.2a", "3.2b"), r.unmetOptions().stream().map(UnmetOption::optionId).toList());
        }

        @Test
        void finalYearDegreeStudentsAreNotIncluded() {
            Profiles p = candidate().education(BACHELOR, true).finalYearStudent()
                    .certificate(4, LocalDate.of(2022, 1, 1)).workingSince(LocalDate.of(2022, 1, 1));
            assertShortfalls(check(p, 3), "3.3", Text.of("本项要求已取得毕业证书，不接受在校应届毕业生",
                    "requires the diploma itself; final-year students are not accepted"));
        }

        @Test
        void everyFailedConditionOfAnOptionIsListed() {
            Profiles p = candidate().education(SENIOR_MIDDLE, false);
            UnmetOption option = unmet(check(p, 3), "3.3");
            assertEquals(2, option.shortfalls().size());
            assertTrue(option.shortfalls().get(0).en().startsWith("needs one of these diplomas in this or a related field"));
            assertTrue(option.shortfalls().get(1).en().startsWith("needs a level 4 (intermediate worker) (or higher)"));
        }
    }

    @Nested
    class Level2 {
        @Test
        void fourYearsSinceTheLevel3Certificate() {
            Profiles p = candidate().certificate(3, LocalDate.of(2021, 7, 1)).workingSince(LocalDate.of(2021, 7, 1));
            assertMet(check(p, 2), "2.1");
        }

        @Test
        void lessThanFourYearsSinceTheLevel3Certificate() {
            Profiles p = candidate().certificate(3, LocalDate.of(2021, 7, 3)).workingSince(LocalDate.of(2010, 1, 1));
            assertShortfalls(check(p, 2), "2.1", Text.of(
                    "需要取得三级/高级工证书后累计从事本职业或相关职业工作4年（含）以上，当前3.9年",
                    "needs ≥4 years of work since the level 3 (senior worker) certificate, has 3.9"));
        }

        @Test
        void seniorTechnicalSchoolGraduateWithLevel3AndThreeYearsOfWork() {
            Profiles p = candidate().certificate(3, AS_OF).education(SENIOR_TECHNICAL_SCHOOL, false)
                    .worked(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
            assertMet(check(p, 2), "2.2");
        }

        @Test
        void finalYearStudentsAreNotGraduates() {
            Profiles p = candidate().certificate(3, AS_OF).education(TECHNICIAN_COLLEGE, true).finalYearStudent()
                    .worked(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
            assertShortfalls(check(p, 2), "2.2", Text.of("本项要求已取得毕业证书，不接受在校应届毕业生",
                    "requires the diploma itself; final-year students are not accepted"));
        }

        @Test
        void graduateWithLessThanThreeYearsOfWork() {
            Profiles p = candidate().certificate(3, AS_OF).education(TECHNICIAN_COLLEGE, false)
                    .worked(LocalDate.of(2020, 1, 3), LocalDate.of(2022, 12, 31));
            assertShortfalls(check(p, 2), "2.2", Text.of("需要累计从事本职业或相关职业工作3年（含）以上，当前2.9年",
                    "needs ≥3 years of work in this or a related occupation, has 2.9"));
        }
    }

    @Nested
    class Level1 {
        @Test
        void fourYearsSinceTheLevel2Certificate() {
            Profiles p = candidate().certificate(2, LocalDate.of(2021, 7, 1)).workingSince(LocalDate.of(2000, 1, 1));
            assertMet(check(p, 1), "1.1");
        }

        @Test
        void aLevel1CertificateAlsoQualifies() {
            Profiles p = candidate().certificate(1, LocalDate.of(2021, 7, 1)).workingSince(LocalDate.of(2000, 1, 1));
            assertMet(check(p, 1), "1.1");
        }

        @Test
        void aLevel3CertificateIsNotEnough() {
            Profiles p = candidate().certificate(3, LocalDate.of(2010, 1, 1)).workingSince(LocalDate.of(2000, 1, 1));
            assertShortfalls(check(p, 1), "1.1", Text.of("需要本职业二级/技师（或更高等级）证书，当前没有",
                    "needs a level 2 (technician) (or higher) certificate in this occupation, has none"));
        }
    }

    @Test
    void whenSeveralOptionsAreMetTheFirstIsReported() {
        Profiles p = candidate().apprenticeship().workingSince(LocalDate.of(2020, 1, 1));
        EligibilityResult r = check(p, 5);
        assertMet(r, "5.1");
        assertTrue(r.summary().zh().startsWith("符合申报条件："));
        assertTrue(r.unmetOptions().isEmpty());
    }

    @Test
    void occupationsWithoutRulesAreOpenToAll() {
        EligibilityResult r = CHECKER.check(candidate().build(), "JTZHZ", 0, AS_OF);
        assertTrue(r.eligible());
        assertNull(r.metOptionId());
        assertTrue(r.unmetOptions().isEmpty());
        assertEquals("no application conditions are defined for this occupation; it has no levels (open enrolment)",
                r.summary().en());
    }

    @Test
    void aLevelTheStandardDoesNotHave() {
        EligibilityResult r = CHECKER.check(candidate().apprenticeship().build(), CAREGIVER, 6, AS_OF);
        assertFalse(r.eligible());
        assertEquals("养老护理员没有6级的申报条件", r.summary().zh());
    }

    private static EligibilityResult check(Profiles profile, int level) {
        return CHECKER.check(profile.build(), CAREGIVER, level, AS_OF);
    }

    private static void assertMet(EligibilityResult result, String optionId) {
        assertTrue(result.eligible(), () -> "not eligible: " + result.unmetOptions());
        assertEquals(optionId, result.metOptionId());
    }

    private static void assertShortfalls(EligibilityResult result, String optionId, Text... expected) {
        assertFalse(result.eligible(), () -> "unexpectedly met " + result.metOptionId());
        assertEquals(List.of(expected), unmet(result, optionId).shortfalls());
    }

    private static UnmetOption unmet(EligibilityResult result, String optionId) {
        return result.unmetOptions().stream().filter(o -> o.optionId().equals(optionId)).findFirst()
                .orElseThrow(() -> new AssertionError("option " + optionId + " was met"));
    }
}
