package cn.eldercare.timebank.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aServiceTooOldToLogIsSaidInDaysBesideTheDate() {
        DomainException problem = LedgerRefusalMapper.problem(LedgerRefusal.fromMessage(
                "INVALID_ARGUMENT: services older than 168 hours can no longer be submitted"));
        assertEquals(400, problem.status());
        assertEquals("day", problem.fields().get(0).field());
        assertEquals("服务已过去 7 天以上，不能再登记；如有特殊情况请联系服务站", problem.fields().get(0).message().zh());
        assertTrue(problem.fields().get(0).message().en().startsWith("more than 7 days ago"));
        DomainException future = LedgerRefusalMapper.problem(LedgerRefusal.fromMessage(
                "INVALID_ARGUMENT: end 2026-12-07T15:00:00Z is in the future"));
        assertEquals("end", future.fields().get(0).field());
        assertFalse((future.text().zh() + future.fields()).contains("2026"), future.fields()::toString);
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
