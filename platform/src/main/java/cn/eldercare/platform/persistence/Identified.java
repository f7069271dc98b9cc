package cn.eldercare.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * One shared sequence for all ids. SEQUENCE, not IDENTITY: EclipseLink gets IDENTITY wrong on H2 2.x.
 * Ids come in blocks of 1,000: every request thread that inserts waits on EclipseLink's sequencing
 * lock while a block is fetched, and with blocks of 50 that queue held a third of the enrolment
 * load's threads (see BENCHMARKS.md). The database sequence's increment must equal the block.
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    protected Long id;

    public Long getId() {
        return id;
    }
}
