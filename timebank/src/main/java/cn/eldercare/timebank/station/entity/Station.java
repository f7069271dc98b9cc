package cn.eldercare.timebank.station.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A community service station (服务站) that registers members and confirms services. */
@Entity
@Table(name = "tb_station")
public class Station extends Identified {

    private String name;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Station() {
    }

    public Station(String name, String regionCode) {
        this.name = name;
        this.regionCode = regionCode;
        this.createdAt = Clock.now();
    }

}
