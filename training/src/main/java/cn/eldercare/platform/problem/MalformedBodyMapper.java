package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A body that is not JSON, or has a value of the wrong type, is the client's mistake: 400. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    static final Text MALFORMED = Text.of("请求体不是有效的 JSON，或字段类型错误",
            "The body is not valid JSON or a field has the wrong type");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return ProblemResponses.build(400, "MALFORMED_BODY", MALFORMED, List.of(), ProblemResponses.locale(headers));
    }
}
