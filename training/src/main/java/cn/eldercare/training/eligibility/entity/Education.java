package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Highest diploma held or being completed, in the categories the skill standards distinguish. */
public enum Education {
    NONE(Text.of("小学及以下", "primary school or none"), "无", "小学", "none"),
    JUNIOR_MIDDLE(Text.of("初中", "junior middle school")),
    SENIOR_MIDDLE(Text.of("高中", "senior middle school"), "普通高中"),
    TECHNICAL_SCHOOL(Text.of("技工学校/中职", "technical school"), "技工学校", "技校", "中职", "中专", "职高"),
    SENIOR_TECHNICAL_SCHOOL(Text.of("高级技工学校", "senior technical school"), "高级技校"),
    TECHNICIAN_COLLEGE(Text.of("技师学院", "technician college")),
    HIGHER_VOCATIONAL(Text.of("高职", "higher vocational college"), "高等职业学校", "higher vocational"),
    COLLEGE(Text.of("大专", "college"), "专科", "junior college"),
    BACHELOR(Text.of("本科", "bachelor"), "大学本科", "undergraduate"),
    POSTGRADUATE(Text.of("研究生", "postgraduate"), "硕士", "博士", "master", "doctorate");

    private final Text label;
    private final List<String> aliases;

    Education(Text label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public Text label() {
        return label;
    }

    /**
     * Accepts the enum name, either label or a common synonym (中专, 专科, 硕士 …), ignoring
     * case and surrounding blanks, because rosters are typed by hand.
     */
    public static Optional<Education> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(e -> Stream.concat(Stream.of(e.name(), e.label.zh(), e.label.en()), e.aliases.stream())
                        .anyMatch(wanted::equalsIgnoreCase))
                .findFirst();
    }
}
