package cn.eldercare.timebank.ledger.control;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** The ledger did not commit in time: 503, and the same requestId may be sent again safely. */
@Provider
public class LedgerUnavailableMapper implements ExceptionMapper<LedgerUnavailable> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LedgerUnavailable e) {
        return Response.fromResponse(ProblemResponses.build(503, "LEDGER_UNAVAILABLE", Text.of(
                        "账本暂时不可用，请用同一 requestId 重试", "The ledger is unavailable; retry with the same requestId"), List.of(),
                ProblemResponses.locale(headers))).header("Retry-After", "5").build();
    }
}
