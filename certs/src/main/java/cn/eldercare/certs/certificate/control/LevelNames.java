package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.training.eligibility.entity.SkillLevels;

/** How a level is printed: the national skill levels, the three 1+X grades, nothing for a completion certificate. */
final class LevelNames {

    private LevelNames() {
    }

    static String of(CertificateKind kind, int level) {
        return switch (kind) {
            case SKILL_LEVEL, QUALIFICATION -> SkillLevels.name(level).zh();
            case ONE_PLUS_X -> switch (level) {
                case 5 -> "初级";
                case 4 -> "中级";
                case 3 -> "高级";
                default -> SkillLevels.name(level).zh();
            };
            case COMPLETION -> "";
        };
    }
}
