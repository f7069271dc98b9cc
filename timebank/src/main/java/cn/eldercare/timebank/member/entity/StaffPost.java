package cn.eldercare.timebank.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The station a station-staff account works at. */
@Entity
@Table(name = "tb_staff")
public class StaffPost {

    @Id
    @Column(name = "user_id")
    private long userId;
    @Column(name = "station_id")
    private long stationId;

    protected StaffPost() {
    }

    public StaffPost(long userId, long stationId) {
        this.userId = userId;
        this.stationId = stationId;
    }

    public long getStationId() { return stationId; }
}
