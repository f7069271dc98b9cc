package cn.eldercare.training.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * An occupation and level a base is registered to assess.
 * A class, not a record: EclipseLink 4 cannot build records as embeddables.
 */
@Embeddable
public class Accreditation {

    @Column(name = "occupation_code")
    private String occupationCode;
    @Column(name = "level")
    private int level;

    protected Accreditation() {
    }

    public Accreditation(String occupationCode, int level) {
        this.occupationCode = occupationCode;
        this.level = level;
    }

    public String occupationCode() { return occupationCode; }
    public int level() { return level; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Accreditation a && a.level == level && Objects.equals(a.occupationCode, occupationCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(occupationCode, level);
    }
}
