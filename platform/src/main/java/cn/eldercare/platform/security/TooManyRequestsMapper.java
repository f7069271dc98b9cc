package cn.eldercare.platform.security;

import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequests> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManyRequests e) {
        return e.response(ProblemResponses.locale(headers));
    }
}
