package cn.eldercare.platform.security;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** A refusal to go on for a while: 429 "Too Many Requests" with the seconds to wait in Retry-After. */
public class TooManyRequests extends RuntimeException {

    private final String code;
    private final Text text;
    private final long retryAfterSeconds;

    public TooManyRequests(String code, Text text, long retryAfterSeconds) {
        super(code + ": " + text.en());
        this.code = code;
        this.text = text;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem response, with the named status TOO_MANY_REQUESTS and the seconds to wait. */
    public Response response(Locale locale) {
        Response problem = ProblemResponses.build(429, code, text, List.of(), locale);
        return Response.fromResponse(problem).status(Response.Status.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
