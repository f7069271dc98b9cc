package cn.eldercare.platform.identity;

import cn.eldercare.platform.i18n.Text;

import java.util.Locale;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) identifying an
 * organisation such as a training base or care home: registration authority, organisation
 * type, 6-digit region, 9-character organisation code and a check character.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters of GB 32100; I, O, Z, S and V are left out to avoid misreading. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weights 3^i mod 31; the check character makes the weighted sum a multiple of 31. */
    private static final CheckCharacter MOD_31 = new CheckCharacter(ALPHABET,
            new int[]{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28},
            ALPHABET.charAt(0) + new StringBuilder(ALPHABET.substring(1)).reverse().toString());

    /** Normalises to upper case and rejects anything that is not a valid code. */
    public UnifiedSocialCreditCode {
        if (value == null) {
            throw invalid("统一社会信用代码为空", "the unified social credit code is empty");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw invalid("统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）",
                    "a unified social credit code has 18 digits or capital letters (not I, O, Z, S, V)");
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw invalid("统一社会信用代码校验位不正确，请检查是否录入有误",
                    "the check character does not match; the code was probably mistyped");
        }
    }

    public static UnifiedSocialCreditCode parse(String text) {
        return new UnifiedSocialCreditCode(text);
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
        return MOD_31.of(first17);
    }

    /** Character 1, e.g. {@code 9} for the market regulator (工商), {@code 5} for civil affairs (民政). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Character 2, e.g. {@code 1} for an enterprise under authority 9. */
    public char organisationType() {
        return value.charAt(1);
    }

    /** Characters 3–8: the administrative region code (GB/T 2260) of the registering office. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    private static InvalidIdentifierException invalid(String zh, String en) {
        return new InvalidIdentifierException(Text.of(zh, en));
    }
}
