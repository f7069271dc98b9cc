package cn.eldercare.platform.identity;

import cn.eldercare.platform.i18n.Text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An 18-character resident ID number (居民身份证号, GB 11643-1999): 6-digit region,
 * 8-digit birth date, 3-digit sequence (odd = male) and a MOD 11-2 check character.
 * It is sensitive personal information, so {@link #toString()} is masked and validation
 * reasons never repeat the number.
 */
public record ResidentIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    /** Province-level codes in use (GB/T 2260), including 71 Taiwan and 81/82 Hong Kong/Macao. */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);
    /** ISO 7064 MOD 11-2 over the first 17 digits: weights 2^(17-i) mod 11. */
    private static final CheckCharacter MOD_11_2 = new CheckCharacter("0123456789",
            new int[]{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}, "10X98765432");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** "Not in the future" is judged by the calendar in China, wherever the server runs. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Normalises a lower-case {@code x} and rejects anything that is not a valid number. */
    public ResidentIdNumber {
        if (value == null) {
            throw invalid("身份证号为空", "the ID number is empty");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw invalid("身份证号应为18位：17位数字加1位数字或X",
                    "an ID number has 18 characters: 17 digits and a digit or X");
        }
        if (!PROVINCES.contains(Integer.parseInt(value.substring(0, 2)))) {
            throw invalid("身份证号的前两位不是有效的省级行政区代码",
                    "the first two digits are not a valid province-level region code");
        }
        LocalDate birth = birthDateOf(value);
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(CHINA))) {
            throw invalid("身份证号中的出生日期不在1900年1月1日至今天之间",
                    "the birth date in the ID number is not between 1900-01-01 and today");
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw invalid("身份证号校验位不正确，请检查是否录入有误",
                    "the check character does not match; the number was probably mistyped");
        }
    }

    public static ResidentIdNumber parse(String text) {
        return new ResidentIdNumber(text);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    static char checkCharacter(String first17) {
        return MOD_11_2.of(first17);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return Character.digit(value.charAt(16), 10) % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** First 6 and last 4 characters, e.g. {@code 410102********1234}: enough to tell people apart. */
    public String masked() {
        return value.substring(0, 6) + "*".repeat(8) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.parse(value.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeException e) {
            throw invalid("身份证号中的出生日期不是有效日期",
                    "the birth date in the ID number is not a real date");
        }
    }

    private static InvalidIdentifierException invalid(String zh, String en) {
        return new InvalidIdentifierException(Text.of(zh, en));
    }
}
