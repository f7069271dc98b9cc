package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.util.List;
import java.util.Objects;

/**
 * One way of qualifying for a level (one numbered item of the standard's 申报条件): all
 * of its conditions must hold.
 *
 * @param id          stable reference, e.g. {@code "4.1"} for level 4, item (1)
 * @param description the item as worded in the standard
 */
public record RuleOption(String id, Text description, List<Condition> conditions) {

    public RuleOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description of option " + id);
        if (conditions == null || conditions.isEmpty()) {
            throw new IllegalArgumentException("option " + id + " has no conditions");
        }
        conditions = List.copyOf(conditions);
    }
}
