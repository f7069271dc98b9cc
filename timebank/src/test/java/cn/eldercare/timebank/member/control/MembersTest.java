package cn.eldercare.timebank.member.control;

import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.member.entity.Member;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

class MembersTest {

    @Test
    void aVolunteerOfNoStationFindsNoRecipient() {
        Caller caller = new Caller(7, "self-joined", Role.VOLUNTEER, null, null);
        Members members = spy(new Members());
        doReturn(new Member("v1", "张桂芳", "cipher", "410102********1234", LocalDate.of(1961, 1, 1), "410105", null, null, "self"))
                .when(members).of(caller);

        DomainException refused = assertThrows(DomainException.class,
                () -> members.recipientByIdentity(caller, "李秀兰", "41010519381102002X"));
        assertEquals(404, refused.status());
    }
}
