package cn.eldercare.training.roster.control;

import java.util.List;
import java.util.stream.Stream;

/** The columns a roster may have, recognised by their Chinese or English header. */
enum RosterColumn {
    NAME("name", "姓名", true),
    GENDER("gender", "性别", true),
    ID_NUMBER("idNumber", "身份证号", true, "身份证号码", "公民身份号码"),
    PHONE("phone", "手机号", true, "手机号码", "联系电话"),
    EDUCATION("education", "学历", false, "文化程度"),
    SUBSIDY_CATEGORY("subsidyCategory", "补贴类别", true, "人员类别");

    /** The key used in {@link RowError#column()}, independent of the language of the file. */
    final String key;
    final String chinese;
    final boolean required;
    private final List<String> aliases;

    RosterColumn(String key, String chinese, boolean required, String... aliases) {
        this.key = key;
        this.chinese = chinese;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** Headers are matched ignoring case and surrounding blanks, as they are typed by hand. */
    boolean matches(String header) {
        String wanted = header.strip();
        return Stream.concat(Stream.of(key, chinese), aliases.stream()).anyMatch(wanted::equalsIgnoreCase);
    }
}
