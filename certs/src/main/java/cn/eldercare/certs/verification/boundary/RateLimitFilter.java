package cn.eldercare.certs.verification.boundary;

import cn.eldercare.certs.verification.control.VerificationThrottle;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.TooManyRequests;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;

/** Answers 429 with Retry-After, as problem+json, once a client has used up its verification requests. */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    VerificationThrottle throttle;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        long wait = throttle.acquire(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"), Instant.now());
        if (wait > 0) {
            request.abortWith(new TooManyRequests("TOO_MANY_REQUESTS",
                    Text.of("查询过于频繁，请 " + wait + " 秒后再试", "Too many verification requests; retry in " + wait + " s"), wait)
                    .response(ProblemResponses.locale(request.getAcceptableLanguages())));
        }
    }
}
