package cn.eldercare.training.assessment.entity;

import cn.eldercare.platform.i18n.Text;

/** The parts of an assessment; the comprehensive review applies to levels 2 and 1 only. */
public enum AssessmentPart {
    THEORY(Text.of("理论知识考试", "theory exam")),
    SKILL(Text.of("技能考核", "skill test")),
    REVIEW(Text.of("综合评审", "comprehensive review"));

    public static final int PASS_MARK = 60;

    private final Text label;

    AssessmentPart(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public boolean appliesTo(int level) {
        return this != REVIEW || level == 1 || level == 2;
    }
}
