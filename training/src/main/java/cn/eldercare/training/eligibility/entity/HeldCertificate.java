package cn.eldercare.training.eligibility.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A skill-level or qualification certificate the candidate already holds.
 *
 * @param level 1 (一级/高级技师, highest) to 5 (五级/初级工, lowest)
 */
public record HeldCertificate(String occupationCode, int level, LocalDate issuedOn) {

    public HeldCertificate {
        Objects.requireNonNull(occupationCode, "occupationCode");
        Objects.requireNonNull(issuedOn, "issuedOn");
        SkillLevels.requireValid(level);
    }

    /** A higher certificate (smaller number) also satisfies a requirement for a lower one. */
    public boolean satisfies(String occupation, int requiredLevel, LocalDate asOf) {
        return occupationCode.equals(occupation) && level <= requiredLevel && !issuedOn.isAfter(asOf);
    }
}
