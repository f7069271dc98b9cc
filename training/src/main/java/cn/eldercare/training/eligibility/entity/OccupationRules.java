package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Application conditions for every level of one occupation, e.g. {@code YLHLY} 养老护理员. */
public record OccupationRules(String code, Text name, List<LevelRules> levels) {

    public OccupationRules {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name of occupation " + code);
        levels = List.copyOf(levels);
        if (levels.stream().map(LevelRules::level).distinct().count() != levels.size()) {
            throw new IllegalArgumentException("occupation " + code + " lists a level twice");
        }
    }

    public Optional<LevelRules> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }
}
