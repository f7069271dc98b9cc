package cn.eldercare.training.base.entity;

import cn.eldercare.platform.persistence.Clock;
import cn.eldercare.platform.persistence.Identified;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A training base / assessment body. Body type, body code, province and site code are the
 * parts of the national certificate number that identify who issued it.
 */
@Entity
@Table(name = "training_base")
public class TrainingBase extends Identified {

    private String name;
    private String uscc;
    @Column(name = "province_code")
    private String provinceCode;
    private String city;
    @Column(name = "body_type")
    private String bodyType;
    @Column(name = "body_code")
    private String bodyCode;
    @Column(name = "site_code")
    private String siteCode;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "base_accreditation", joinColumns = @JoinColumn(name = "base_id"))
    private Set<Accreditation> accreditations = new HashSet<>();

    protected TrainingBase() {
    }

    public TrainingBase(String name, String uscc, String provinceCode, String city, String bodyType,
                        String bodyCode, String siteCode, String createdBy) {
        this.name = name;
        this.uscc = uscc;
        this.provinceCode = provinceCode;
        this.city = city;
        this.bodyType = bodyType;
        this.bodyCode = bodyCode;
        this.siteCode = siteCode;
        this.createdBy = createdBy;
        this.createdAt = Clock.now();
    }

    public boolean mayAssess(String occupationCode, int level) {
        return accreditations.contains(new Accreditation(occupationCode, level));
    }

    public void accredit(Set<Accreditation> scope) {
        accreditations.clear();
        accreditations.addAll(scope);
    }

    public String getName() { return name; }
    public String getUscc() { return uscc; }
    public String getProvinceCode() { return provinceCode; }
    public String getCity() { return city; }
    public String getBodyType() { return bodyType; }
    public String getBodyCode() { return bodyCode; }
    public String getSiteCode() { return siteCode; }
    public Set<Accreditation> getAccreditations() { return Set.copyOf(accreditations); }
}
