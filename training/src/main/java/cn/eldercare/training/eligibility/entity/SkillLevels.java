package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.util.List;

/** The five levels of the national occupational skill standards; 1 is the highest. */
public final class SkillLevels {

    private static final List<Text> NAMES = List.of(
            Text.of("一级/高级技师", "level 1 (senior technician)"),
            Text.of("二级/技师", "level 2 (technician)"),
            Text.of("三级/高级工", "level 3 (senior worker)"),
            Text.of("四级/中级工", "level 4 (intermediate worker)"),
            Text.of("五级/初级工", "level 5 (junior worker)"));

    private SkillLevels() {
    }

    public static int requireValid(int level) {
        if (level < 1 || level > NAMES.size()) {
            throw new IllegalArgumentException("skill levels run from 1 to 5, got " + level);
        }
        return level;
    }

    public static Text name(int level) {
        return NAMES.get(requireValid(level) - 1);
    }
}
