package cn.eldercare.timebank.ledger.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.timebank.ledger.control.LedgerUnavailable;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ledger did not commit even after bounded retries: 503 with Retry-After, the cause in words a
 * clerk understands, and the note that sending the same request again is safe (its requestId makes
 * a retry return the first result instead of booking twice). The technical detail goes to the log.
 */
@Provider
public class LedgerUnavailableMapper implements ExceptionMapper<LedgerUnavailable> {

    private static final Logger LOG = Logger.getLogger(LedgerUnavailableMapper.class.getName());
    static final String RETRY_AFTER_SECONDS = "5";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LedgerUnavailable e) {
        LOG.log(Level.WARNING, "ledger unavailable (" + e.reason() + "): " + e.getMessage(), e.getCause());
        Text cause = e.reason().text();
        Text text = Text.of("账本暂时不可用：" + cause.zh() + "。请稍后重试，重复提交不会重复记账",
                "The ledger is unavailable: " + cause.en() + ". Please retry shortly; sending it again will not book twice");
        return Response.fromResponse(ProblemResponses.build(503, "LEDGER_UNAVAILABLE", text, List.of(),
                ProblemResponses.locale(headers))).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
