package cn.eldercare.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;


/** Jersey wraps body-reading failures (bad JSON, wrong types) in a ProcessingException. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return ProblemResponses.build(400, "MALFORMED_BODY", MalformedBodyMapper.MALFORMED, MalformedBodyMapper.fields(e),
                ProblemResponses.locale(headers));
    }
}
