package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Argument checks shared by the rules; all fail with INVALID_ARGUMENT. */
public final class Checks {

    /** Dates (ages, statistics months, window days) are taken in China Standard Time, which has no DST. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Generous upper bound for one movement, so that sums of many stay far from overflow. */
    public static final long MAX_MINUTES = 10_000_000L;

    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9_-]{6,64}");
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private Checks() {
    }

    /** A pseudonymous member id; a resident ID number must never reach the ledger. */
    public static String memberId(final String value, final String field) {
        require(value != null && MEMBER_ID.matcher(value).matches(), INVALID_ARGUMENT,
                "%s must be 6-64 letters, digits, '_' or '-'", field);
        require(!RESIDENT_ID.matcher(value).matches(), INVALID_ARGUMENT,
                "%s looks like a resident ID number; pass the pseudonymous member id", field);
        return value;
    }

    public static String code(final String value, final String field) {
        require(value != null && CODE.matcher(value).matches(), INVALID_ARGUMENT,
                "%s must be 1-32 letters, digits or '_'", field);
        return value;
    }

    public static String text(final String value, final String field, final int maxLength) {
        require(value != null && !value.isBlank() && value.length() <= maxLength, INVALID_ARGUMENT,
                "%s is required (at most %d characters)", field, maxLength);
        return value;
    }

    public static String optionalText(final String value, final String field, final int maxLength) {
        require(value == null || value.length() <= maxLength, INVALID_ARGUMENT,
                "%s may have at most %d characters", field, maxLength);
        return value;
    }

    public static long minutes(final Long value) {
        require(value != null && value > 0 && value <= MAX_MINUTES, INVALID_ARGUMENT,
                "minutes must be a whole number from 1 to %d", MAX_MINUTES);
        return value;
    }

    public static <T> T present(final T value, final String field) {
        require(value != null, INVALID_ARGUMENT, "%s is required", field);
        return value;
    }

    public static LocalDate date(final Instant instant) {
        return LocalDate.ofInstant(instant, CHINA);
    }

    /** Completed years of age on the transaction's date. */
    public static int age(final LocalDate birthDate, final Instant now) {
        return Period.between(birthDate, date(now)).getYears();
    }
}
