package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate numbers: the national 22-character format of a skill-level certificate (brief §3):
 * {@code Y}/{@code S} + 4-digit body code + 2-digit province + 6-digit site + 2-digit year + level +
 * 6-digit sequence. The other kinds issued here reuse the layout with their own first letter,
 * {@code X} for 1+X and {@code J} (结业) with level 0 for completion, so one shape is checked and
 * one counter scheme serves all. The first 16 characters are the counter's prefix.
 */
public final class CertificateNumbers {

    public static final int LENGTH = 22;
    public static final int MAX_SEQUENCE = 999_999;
    private static final Pattern SHAPE = Pattern.compile("[YSXJ]\\d{21}");
    private static final Pattern BODY = Pattern.compile("\\d{12}");

    private CertificateNumbers() {
    }

    public static String prefix(CertificateKind kind, String bodyType, String body, int year, int level) {
        String letter = switch (kind) {
            case SKILL_LEVEL -> bodyType;
            case ONE_PLUS_X -> "X";
            case COMPLETION -> "J";
            case QUALIFICATION -> throw new IllegalArgumentException("qualification certificates are recorded, not issued");
        };
        if (!letter.matches("[YSXJ]") || !BODY.matcher(body).matches()) {
            throw new IllegalArgumentException("the base's body type, body code, province or site code is malformed");
        }
        return letter + body + String.format(Locale.ROOT, "%02d%d", year % 100, level);
    }

    /** The body part of a base: body code, province code and site code, as registered. */
    public static String body(String bodyCode, String provinceCode, String siteCode) {
        return bodyCode + provinceCode + siteCode;
    }

    public static String number(String prefix, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return prefix + String.format(Locale.ROOT, "%06d", sequence);
    }

    /** The number as typed by a person (blanks, lower case), if it has the right shape. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String n = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(n).matches() ? Optional.of(n) : Optional.empty();
    }
}
