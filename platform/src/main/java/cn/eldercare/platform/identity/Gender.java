package cn.eldercare.platform.identity;

import cn.eldercare.platform.i18n.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Gender as recorded on the resident ID card (GB 11643 encodes only these two). */
public enum Gender {
    MALE(Text.of("男", "male"), "M"),
    FEMALE(Text.of("女", "female"), "F");

    private final Text label;
    private final List<String> accepted;

    Gender(Text label, String letter) {
        this.label = label;
        this.accepted = List.of(name(), label.zh(), label.en(), letter);
    }

    public Text label() {
        return label;
    }

    /** Accepts the enum name, 男/女, the English word or M/F, ignoring case and surrounding blanks. */
    public static Optional<Gender> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(g -> g.accepted.stream().anyMatch(wanted::equalsIgnoreCase))
                .findFirst();
    }
}
