package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.FieldMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RulesTest {

    @Test
    void aChangeOfNoRuleIsRefusedNamingEachRule() {
        DomainException e = assertThrows(DomainException.class,
                () -> new RulesResource.Rules(null, null, null, "12345").requireSome());
        assertEquals(400, e.status());
        assertEquals(List.of("storageCapMinutes", "redeemThresholdMinutes", "minRedeemAge"),
                e.fields().stream().map(FieldMessage::field).toList());
        assertEquals("give at least one rule to change", e.fields().get(0).message().en());
    }

    @Test
    void oneRuleIsEnough() {
        assertDoesNotThrow(() -> new RulesResource.Rules(null, null, 65, null).requireSome());
    }
}
