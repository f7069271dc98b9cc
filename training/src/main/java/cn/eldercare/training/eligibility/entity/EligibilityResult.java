package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.util.List;

/**
 * The outcome of checking a candidate against the application conditions of a level.
 *
 * @param summary       one line for the candidate or staff
 * @param metOptionId   the first option met, in the standard's order; {@code null} when none
 *                      was met or the occupation has no conditions
 * @param metOption     that option's wording; {@code null} likewise
 * @param unmetOptions  every option not met and why, also when another option was met, so
 *                      staff can see the whole picture
 */
public record EligibilityResult(boolean eligible, Text summary, String metOptionId, Text metOption,
                                List<UnmetOption> unmetOptions) {

    public EligibilityResult {
        unmetOptions = List.copyOf(unmetOptions);
    }

    public static EligibilityResult met(RuleOption option, List<UnmetOption> others) {
        return new EligibilityResult(true,
                Text.of("符合申报条件：" + option.description().zh(),
                        "meets the application conditions: " + option.description().en()),
                option.id(), option.description(), others);
    }

    public static EligibilityResult notMet(OccupationRules occupation, int level, List<UnmetOption> unmet) {
        Text levelName = SkillLevels.name(level);
        return new EligibilityResult(false,
                Text.of("不符合" + occupation.name().zh() + levelName.zh() + "的任一申报条件",
                        "meets none of the application options for " + occupation.name().en() + ", "
                                + levelName.en()),
                null, null, unmet);
    }

    /** Occupations without a skill standard here, such as the free family-caregiver course. */
    public static EligibilityResult openEnrolment() {
        return new EligibilityResult(true,
                Text.of("本职业未设申报条件，不分等级，开放报名",
                        "no application conditions are defined for this occupation; it has no levels (open enrolment)"),
                null, null, List.of());
    }

    public static EligibilityResult levelNotOffered(OccupationRules occupation, int level) {
        return new EligibilityResult(false,
                Text.of(occupation.name().zh() + "没有" + level + "级的申报条件",
                        occupation.name().en() + " has no application conditions for level " + level),
                null, null, List.of());
    }
}
