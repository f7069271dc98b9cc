package cn.eldercare.timebank.member.boundary;

import cn.eldercare.timebank.member.entity.Member;

/** A recipient as a volunteer picks them: enough to tell two namesakes apart, nothing more (no phone, no birth date). */
public record RecipientChoice(String memberId, String name, String idNumberMasked) {

    public static RecipientChoice of(Member m) {
        return new RecipientChoice(m.getMemberId(), m.getName(), m.getIdNumberMasked());
    }
}
