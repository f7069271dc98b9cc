package cn.eldercare.timebank.member.control;

import cn.eldercare.platform.pii.ColumnEncryption;
import jakarta.enterprise.context.Dependent;

/** Encrypts the members' phone numbers stored in clear before V2026.12.08.21. */
@Dependent
public class MemberPhoneEncryption extends ColumnEncryption {

    public MemberPhoneEncryption() {
        super("2026.12.08.22", "tb_member", "member_id", "phone_cipher", 20);
    }
}
