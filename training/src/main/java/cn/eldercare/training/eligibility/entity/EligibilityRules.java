package cn.eldercare.training.eligibility.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete rule set, e.g. the 2019 national standard.
 *
 * @param source where the rules come from, shown to staff who need to check them
 */
public record EligibilityRules(String source, List<OccupationRules> occupations) {

    public EligibilityRules {
        Objects.requireNonNull(source, "source");
        occupations = List.copyOf(occupations);
        if (occupations.stream().map(OccupationRules::code).distinct().count() != occupations.size()) {
            throw new IllegalArgumentException("an occupation is listed twice");
        }
    }

    public Optional<OccupationRules> occupation(String code) {
        return occupations.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
