package cn.eldercare.platform.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Builds valid resident ID numbers for tests, so no test needs a real person's number. */
public final class ResidentIdNumbers {

    private ResidentIdNumbers() {
    }

    /**
     * @param region    6-digit region code, e.g. {@code "410102"} (Zhengzhou, Zhongyuan district)
     * @param birthDate birth date encoded in the number
     * @param sequence  0–999; odd for a man, even for a woman
     */
    public static String generate(String region, LocalDate birthDate, int sequence) {
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A valid number for a woman born 1970-05-20 in Zhengzhou. */
    public static String woman() {
        return generate("410102", LocalDate.of(1970, 5, 20), 2);
    }

    /** A valid number for a man born 1965-11-03 in Shijiazhuang. */
    public static String man() {
        return generate("130102", LocalDate.of(1965, 11, 3), 1);
    }
}
