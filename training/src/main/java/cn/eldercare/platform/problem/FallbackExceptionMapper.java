package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a server fault. The client gets an incident id, never a stack trace;
 * the log gets the exception type and message only, since messages can quote input.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        return internalError(e, headers);
    }

    static Response internalError(Throwable e, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident {0}: {1} at {2}",
                new Object[]{incident, e.getClass().getName(), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"});
        return ProblemResponses.build(500, "INTERNAL_ERROR",
                Text.of("服务器内部错误，事件编号 " + incident, "Internal server error, incident " + incident),
                List.of(), ProblemResponses.locale(headers));
    }
}
