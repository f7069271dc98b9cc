package cn.eldercare.training.eligibility.entity;

import java.util.List;

/** The options for applying at one skill level; meeting any one of them is enough. */
public record LevelRules(int level, List<RuleOption> options) {

    public LevelRules {
        SkillLevels.requireValid(level);
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("level " + level + " has no options");
        }
        options = List.copyOf(options);
    }
}
