package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a server fault. The client gets a short incident id to quote, never a stack trace;
 * the log gets the same id with the whole exception, so the fault can be found and diagnosed, its
 * messages with any ID or phone number masked.
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
        return internalError(e, ProblemResponses.locale(headers));
    }

    static Response internalError(Throwable e, Locale locale) {
        // eight hex digits are easy to read out on the phone and unique enough among a day's incidents
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident, Redacted.of(e));
        return ProblemResponses.build(500, "INTERNAL_ERROR",
                Text.of("服务器内部错误，请向管理员提供事件编号 " + incident,
                        "Internal server error; quote incident " + incident + " to the administrator"),
                List.of(), incident, locale);
    }
}
