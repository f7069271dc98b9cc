package cn.eldercare.timebank.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eldercare.chaincode.contract.ErrorCode;
import cn.eldercare.platform.problem.Problem;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class LedgerRefusalMapperTest {

    @Test
    void everyCodeTheContractAnswersWithHasAMessageOfItsOwn() {
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(LedgerRefusalMapper.knows(code.name()), code::name);
        }
    }

    @Test
    void theContractsInternalWordsStayOutOfTheAnswer() {
        Response response = new LedgerRefusalMapper().toResponse(new LedgerRefusal("FORBIDDEN",
                "only member m1 may do this; caller is MemberMSP with role recipient"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(403, response.getStatus());
        assertEquals("FORBIDDEN", problem.code());
        assertEquals("无权执行此操作", problem.title());
        assertFalse(problem.toString().contains("MSP"), problem::toString);
        assertFalse(problem.toString().contains("caller"), problem::toString);
    }
}
