package cn.eldercare.timebank.member.boundary;

import cn.eldercare.timebank.member.control.Registration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone joining the time bank; an account (username and password) is optional when a station registers them. */
public record JoinInput(@NotBlank @Size(max = 50) String name,
                        @NotBlank @Size(max = 18) String idNumber,
                        @Pattern(regexp = "1[3-9]\\d{9}") String phone,
                        @NotNull @Pattern(regexp = "\\d{6}") String regionCode,
                        Boolean volunteer,
                        Boolean recipient,
                        @Pattern(regexp = "ALONE_80_PLUS|LOW_INCOME|DISABLED") String priority,
                        @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
                        @Size(min = 8, max = 200) String password) {

    Registration registration(boolean volunteerByDefault) {
        return new Registration(name.strip(), idNumber, phone, regionCode,
                volunteer == null ? volunteerByDefault : volunteer, Boolean.TRUE.equals(recipient), priority, username, password);
    }
}
