package cn.eldercare.certs.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number used under one number prefix (kind letter, body, province, site, year,
 * level). Issuers lock the row while they take numbers, so two can never take the same one.
 */
@Entity
@Table(name = "certificate_counter")
public class NumberCounter {

    @Id
    private String prefix;
    @Column(name = "last_value")
    private int lastValue;

    protected NumberCounter() {
    }

    public NumberCounter(String prefix) {
        this.prefix = prefix;
    }

    /** Takes the next {@code count} numbers and returns the first of them. */
    public int take(int count) {
        int first = lastValue + 1;
        lastValue += count;
        return first;
    }

    public int getLastValue() { return lastValue; }
}
