package cn.eldercare.timebank.member.boundary;

import cn.eldercare.timebank.member.entity.Member;

import java.time.LocalDate;

/** A member as staff see them: the ID number only masked. */
public record MemberView(String memberId, String name, String idNumberMasked, LocalDate birthDate, String regionCode, String phone,
                         Long stationId, boolean volunteer, boolean recipient) {

    public static MemberView of(Member m) {
        return new MemberView(m.getMemberId(), m.getName(), m.getIdNumberMasked(), m.getBirthDate(), m.getRegionCode(), m.getPhone(),
                m.getStationId(), m.isVolunteer(), m.isRecipient());
    }
}
