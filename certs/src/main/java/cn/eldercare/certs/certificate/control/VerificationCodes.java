package cn.eldercare.certs.certificate.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The verification code behind a certificate's QR code: 20 characters of Crockford's base 32, that is
 * 100 bits from a secure random source, so codes cannot be guessed or enumerated the way sequential
 * certificate numbers can. The alphabet has no I, L, O or U, and reading tolerates the usual mix-ups.
 */
public final class VerificationCodes {

    public static final int LENGTH = 20;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** A code as typed or scanned (any case, with or without hyphens and blanks), if it is well formed. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
