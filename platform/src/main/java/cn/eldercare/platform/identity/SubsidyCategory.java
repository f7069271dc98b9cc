package cn.eldercare.platform.identity;

import cn.eldercare.platform.i18n.Text;

import java.util.Arrays;
import java.util.Optional;

/**
 * The group a trainee belongs to for training and assessment subsidies. The system only
 * records it so that bureaus can produce their lists; it pays nothing.
 */
public enum SubsidyCategory {
    REGISTERED_UNEMPLOYED(Text.of("登记失业人员", "registered unemployed")),
    RURAL_MIGRANT_WORKER(Text.of("农村转移就业劳动者", "rural migrant worker")),
    GRADUATE_NOT_IN_SCHOOL(Text.of("毕业年度未继续升学毕业生", "graduate not continuing school")),
    EMPLOYED(Text.of("在职职工", "employed")),
    OTHER(Text.of("其他", "other"));

    private final Text label;

    SubsidyCategory(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** Accepts the enum name or either label, ignoring case and surrounding blanks. */
    public static Optional<SubsidyCategory> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(c -> wanted.equalsIgnoreCase(c.name())
                        || wanted.equals(c.label.zh())
                        || wanted.equalsIgnoreCase(c.label.en()))
                .findFirst();
    }
}
