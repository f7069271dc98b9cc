package cn.eldercare.training.caregiver.control;

import cn.eldercare.platform.pii.ColumnEncryption;
import jakarta.enterprise.context.Dependent;

/** Encrypts the caregivers' phone numbers stored in clear before V2026.12.08.2. */
@Dependent
public class CaregiverPhoneEncryption extends ColumnEncryption {

    public CaregiverPhoneEncryption() {
        super("2026.12.08.3", "caregiver", "id", "phone_cipher", 20);
    }
}
