package cn.eldercare.training.eligibility.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.training.eligibility.entity.CandidateProfile;
import cn.eldercare.training.eligibility.entity.EligibilityResult;
import cn.eldercare.training.eligibility.entity.EligibilityRules;
import cn.eldercare.training.eligibility.entity.LevelRules;
import cn.eldercare.training.eligibility.entity.OccupationRules;
import cn.eldercare.training.eligibility.entity.RuleOption;
import cn.eldercare.training.eligibility.entity.UnmetOption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Decides whether a candidate may apply for a skill level (申报条件). */
public class EligibilityChecker {

    private final EligibilityRules rules;

    public EligibilityChecker(EligibilityRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** A checker for the 2019 national standard shipped with the application. */
    public static EligibilityChecker withDefaultRules() {
        return new EligibilityChecker(EligibilityRulesLoader.loadDefault());
    }

    /**
     * @param asOf the day the application is judged, usually the enrolment or assessment date;
     *             work and certificates after it are ignored
     */
    public EligibilityResult check(CandidateProfile candidate, String occupationCode, int level, LocalDate asOf) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(asOf, "asOf");
        Optional<OccupationRules> occupation = rules.occupation(occupationCode);
        if (occupation.isEmpty()) {
            return EligibilityResult.openEnrolment();
        }
        Optional<LevelRules> levelRules = occupation.get().level(level);
        if (levelRules.isEmpty()) {
            return EligibilityResult.levelNotOffered(occupation.get(), level);
        }
        RuleOption met = null;
        List<UnmetOption> unmet = new ArrayList<>();
        for (RuleOption option : levelRules.get().options()) {
            List<Text> shortfalls = option.conditions().stream()
                    .flatMap(c -> c.shortfall(candidate, occupationCode, asOf).stream())
                    .toList();
            if (!shortfalls.isEmpty()) {
                unmet.add(new UnmetOption(option.id(), option.description(), shortfalls));
            } else if (met == null) {
                met = option;
            }
        }
        return met != null
                ? EligibilityResult.met(met, unmet)
                : EligibilityResult.notMet(occupation.get(), level, unmet);
    }
}
