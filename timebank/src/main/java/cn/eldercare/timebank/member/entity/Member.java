package cn.eldercare.timebank.member.entity;

import cn.eldercare.platform.persistence.Clock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A time-bank member's personal data, kept off the ledger: the ledger knows only the pseudonymous
 * member id, a keyed hash of the resident ID number, with birth date and region for its rules.
 */
@Entity
@Table(name = "tb_member")
public class Member {

    @Id
    @Column(name = "member_id")
    private String memberId;
    private String name;
    @Column(name = "id_number_cipher")
    private String idNumberCipher;
    @Column(name = "id_number_masked")
    private String idNumberMasked;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "region_code")
    private String regionCode;
    /** AES-GCM encrypted; nothing looks a member up by phone, so no blind index. */
    @Column(name = "phone_cipher")
    private String phoneCipher;
    @Column(name = "station_id")
    private Long stationId;
    private boolean volunteer;
    private boolean recipient;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    private MemberStatus status = MemberStatus.ACTIVE;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Member() {
    }

    public Member(String memberId, String name, String idNumberCipher, String idNumberMasked, LocalDate birthDate,
                  String regionCode, String phoneCipher, Long stationId, String createdBy) {
        this.memberId = memberId;
        this.name = name;
        this.idNumberCipher = idNumberCipher;
        this.idNumberMasked = idNumberMasked;
        this.birthDate = birthDate;
        this.regionCode = regionCode;
        this.phoneCipher = phoneCipher;
        this.stationId = stationId;
        this.createdBy = createdBy;
        this.createdAt = Clock.now();
    }

    public void becomeVolunteer() { volunteer = true; }
    public void becomeRecipient() { recipient = true; }
    public void linkAccount(long user) { userId = user; }
    public void awaitApproval() { status = MemberStatus.PENDING; }
    public void approve() { status = MemberStatus.ACTIVE; }

    public String getMemberId() { return memberId; }
    public String getName() { return name; }
    public String getIdNumberMasked() { return idNumberMasked; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getRegionCode() { return regionCode; }
    public String getPhoneCipher() { return phoneCipher; }
    public Long getStationId() { return stationId; }
    public boolean isVolunteer() { return volunteer; }
    public boolean isRecipient() { return recipient; }
    public Long getUserId() { return userId; }
    public MemberStatus getStatus() { return status; }
}
