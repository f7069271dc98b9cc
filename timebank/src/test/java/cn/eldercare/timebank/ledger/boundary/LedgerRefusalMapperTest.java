package cn.eldercare.timebank.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.timebank.ledger.control.LedgerRefusal;

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
        DomainException problem = LedgerRefusalMapper.problem(new LedgerRefusal("FORBIDDEN",
                "only member m1 may do this; caller is MemberMSP with role recipient"));
        assertEquals(403, problem.status());
        assertEquals("FORBIDDEN", problem.code());
        assertEquals("无权执行此操作", problem.text().zh());
        assertEquals("Not allowed", problem.text().en());
        assertTrue(problem.fields().isEmpty(), problem.fields()::toString);
    }
}
