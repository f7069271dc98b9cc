package cn.eldercare.training.course.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A course run by a base. It keeps its enrolled and waiting counts itself, so that listing
 * courses never counts enrolments, however many there are.
 */
@Entity
@Table(name = "course")
public class Course extends Identified {

    @Column(name = "base_id")
    private long baseId;
    @Column(name = "occupation_code")
    private String occupationCode;
    private int level;
    private String title;
    @Column(name = "standard_hours")
    private int standardHours;
    private int capacity;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String schedule;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode")
    private DeliveryMode deliveryMode;
    @Column(name = "subsidy_eligible")
    private boolean subsidyEligible;
    @Column(name = "enrolled_count")
    private int enrolledCount;
    @Column(name = "waiting_count")
    private int waitingCount;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "course_module", joinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("position")
    private List<SyllabusModule> modules = new ArrayList<>();

    protected Course() {
    }

    public Course(long baseId, String occupationCode, int level, int standardHours, String createdBy) {
        this.baseId = baseId;
        this.occupationCode = occupationCode;
        this.level = level;
        this.standardHours = standardHours;
        this.createdBy = createdBy;
        this.createdAt = Clock.now();
    }

    public void describe(String title, int capacity, LocalDate startsOn, LocalDate endsOn, String schedule,
                         DeliveryMode mode, boolean subsidyEligible, List<SyllabusModule> modules) {
        this.title = title;
        this.capacity = capacity;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.schedule = schedule;
        this.deliveryMode = mode;
        this.subsidyEligible = subsidyEligible;
        this.modules.clear();
        this.modules.addAll(modules);
    }

    public boolean hasFreePlace() {
        return enrolledCount < capacity;
    }

    public void seatTaken() { enrolledCount++; }
    public void seatFreed() { enrolledCount--; }
    public void joinedQueue() { waitingCount++; }
    public void leftQueue() { waitingCount--; }

    public long getBaseId() { return baseId; }
    public String getOccupationCode() { return occupationCode; }
    public int getLevel() { return level; }
    public String getTitle() { return title; }
    public int getStandardHours() { return standardHours; }
    public int getCapacity() { return capacity; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getSchedule() { return schedule; }
    public DeliveryMode getDeliveryMode() { return deliveryMode; }
    public boolean isSubsidyEligible() { return subsidyEligible; }
    public int getEnrolledCount() { return enrolledCount; }
    public int getWaitingCount() { return waitingCount; }
    public String getCreatedBy() { return createdBy; }
    public List<SyllabusModule> getModules() { return List.copyOf(modules); }
}
