package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.identity.InvalidIdentifierException;
import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.training.eligibility.entity.Education;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static cn.eldercare.training.roster.control.RosterColumn.EDUCATION;
import static cn.eldercare.training.roster.control.RosterColumn.GENDER;
import static cn.eldercare.training.roster.control.RosterColumn.ID_NUMBER;
import static cn.eldercare.training.roster.control.RosterColumn.NAME;
import static cn.eldercare.training.roster.control.RosterColumn.PHONE;
import static cn.eldercare.training.roster.control.RosterColumn.SUBSIDY_CATEGORY;

/** Checks the rows of one file in order; remembers ID numbers to catch duplicates. */
final class RosterRowValidator {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** A long run of digits in a choice column is an ID number or a phone in the wrong column: never echoed back. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");
    /** Generous for minority and transliterated names (阿卜杜热合曼·买买提), tight enough to catch pasted junk. */
    private static final int MAX_NAME_LENGTH = 50;

    private final RosterHeader header;
    private final Map<ResidentIdNumber, Integer> firstRowOfId = new HashMap<>();

    RosterRowValidator(RosterHeader header) {
        this.header = header;
    }

    /** The row if every cell is valid; otherwise empty, with each problem added to {@code errors}. */
    Optional<RosterRow> validate(SourceRow row, List<RowError> errors) {
        int before = errors.size();
        BiConsumer<RosterColumn, Text> problems =
                (column, reason) -> errors.add(new RowError(row.rowNumber(), column.key, reason));
        String name = required(row, NAME, problems);
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            problems.accept(NAME, Text.of("姓名过长（最多" + MAX_NAME_LENGTH + "个字）",
                    "the name is longer than " + MAX_NAME_LENGTH + " characters"));
        }
        ResidentIdNumber id = idNumber(row, problems);
        Gender gender = gender(row, id, problems);
        String phone = phone(row, problems);
        Education education = choice(row, EDUCATION, Education::fromLabel,
                Education.values(), Education::label, problems);
        SubsidyCategory category = choice(row, SUBSIDY_CATEGORY, SubsidyCategory::fromLabel,
                SubsidyCategory.values(), SubsidyCategory::label, problems);
        return errors.size() > before
                ? Optional.empty()
                : Optional.of(new RosterRow(row.rowNumber(), name, gender, id, phone, education, category));
    }

    private ResidentIdNumber idNumber(SourceRow row, BiConsumer<RosterColumn, Text> problems) {
        String text = required(row, ID_NUMBER, problems);
        if (text == null) {
            return null;
        }
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(text);
            Integer first = firstRowOfId.putIfAbsent(id, row.rowNumber());
            if (first != null) {
                problems.accept(ID_NUMBER, Text.of("身份证号与第" + first + "行重复", "the ID number repeats row " + first));
            }
            return id;
        } catch (InvalidIdentifierException e) {
            problems.accept(ID_NUMBER, e.reason());
            return null;
        }
    }

    private Gender gender(SourceRow row, ResidentIdNumber id, BiConsumer<RosterColumn, Text> problems) {
        String text = required(row, GENDER, problems);
        if (text == null) {
            return null;
        }
        Optional<Gender> gender = Gender.fromLabel(text);
        if (gender.isEmpty()) {
            problems.accept(GENDER, Text.of("性别应填“男”或“女”", "gender must be 男/女, M/F or male/female"));
        } else if (id != null && gender.get() != id.gender()) {
            problems.accept(GENDER, Text.of("性别与身份证号不符", "the gender does not match the ID number"));
        }
        return gender.orElse(null);
    }

    private String phone(SourceRow row, BiConsumer<RosterColumn, Text> problems) {
        String text = required(row, PHONE, problems);
        if (text == null) {
            return null;
        }
        // People write 138-0013-8000, 138 0013 8000 or +86 13800138000.
        String digits = text.replaceAll("[\\s-]", "").replaceFirst("^\\+86", "");
        if (!MAINLAND_MOBILE.matcher(digits).matches()) {
            problems.accept(PHONE, Text.of("手机号应为11位大陆手机号码",
                    "the phone must be an 11-digit mainland mobile number"));
            return null;
        }
        return digits;
    }

    private String required(SourceRow row, RosterColumn column, BiConsumer<RosterColumn, Text> problems) {
        String text = header.value(row, column);
        if (text.isEmpty()) {
            problems.accept(column, Text.of("“" + column.chinese + "”不能为空", column.key + " is required"));
            return null;
        }
        return text;
    }

    /** A value from a fixed list, named in either language; an unknown one is reported with the choices. */
    private <E> E choice(SourceRow row, RosterColumn column, Function<String, Optional<E>> fromLabel,
                         E[] values, Function<E, Text> label, BiConsumer<RosterColumn, Text> problems) {
        String text = column.required ? required(row, column, problems) : header.value(row, column);
        if (text == null || text.isEmpty()) {
            return null;
        }
        Optional<E> value = fromLabel.apply(text);
        if (value.isEmpty()) {
            List<Text> labels = Arrays.stream(values).map(label).toList();
            boolean number = LONG_NUMBER.matcher(text).find();
            problems.accept(column, Text.of(
                    "无法识别的" + column.chinese + (number ? "（这一格是一长串数字，可能填错了列）" : "“" + text + "”") + "，可填："
                            + labels.stream().map(Text::zh).collect(Collectors.joining("、")),
                    "unknown " + column.key + (number ? " (the cell holds a long number: a column may be out of place)" : " \"" + text + "\"")
                            + "; use one of: " + labels.stream().map(Text::en).collect(Collectors.joining(", "))));
        }
        return value.orElse(null);
    }
}
