package cn.eldercare.timebank.member.boundary;

import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.MemberStatus;

import java.time.LocalDate;

/** A member as staff see them: the ID number only masked; PENDING until an application is approved. */
public record MemberView(String memberId, String name, String idNumberMasked, LocalDate birthDate, String regionCode, String phone,
                         Long stationId, boolean volunteer, boolean recipient, MemberStatus status) {

    public static MemberView of(Member m, String phone) {
        return new MemberView(m.getMemberId(), m.getName(), m.getIdNumberMasked(), m.getBirthDate(), m.getRegionCode(), phone,
                m.getStationId(), m.isVolunteer(), m.isRecipient(), m.getStatus());
    }
}
