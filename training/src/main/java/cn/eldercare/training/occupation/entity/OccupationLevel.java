package cn.eldercare.training.occupation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The standard training hours of one level of an occupation; data, because provinces differ. */
@Entity
@Table(name = "occupation_level")
@IdClass(OccupationLevel.Key.class)
public class OccupationLevel {

    /** A class, not a record: EclipseLink writes id fields reflectively, which records forbid. */
    public static class Key implements Serializable {
        String occupationCode;
        int level;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.level == level && java.util.Objects.equals(k.occupationCode, occupationCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(occupationCode, level);
        }
    }

    @Id
    @Column(name = "occupation_code")
    private String occupationCode;
    @Id
    private int level;
    @Column(name = "standard_hours")
    private int standardHours;

    protected OccupationLevel() {
    }

    public String getOccupationCode() { return occupationCode; }
    public int getLevel() { return level; }
    public int getStandardHours() { return standardHours; }

    public void changeStandardHours(int hours) {
        this.standardHours = hours;
    }
}
