package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Protocol-level refusals from JAX-RS itself (unknown path, wrong method, media type...). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final Map<Integer, Text> TITLES = Map.of(
            400, Text.of("请求无效", "Bad request"),
            404, Text.of("资源不存在", "Not found"),
            405, Text.of("不支持该请求方法", "Method not allowed"),
            406, Text.of("无法提供所请求的格式", "Not acceptable"),
            413, Text.of("请求体过大", "Request too large"),
            415, Text.of("不支持的内容类型", "Unsupported media type"));

    @Context
    HttpHeaders headers;

    /**
     * JAX-RS answers 404 when a query or path parameter does not convert ("abc" for a number);
     * that is a malformed request, so it becomes 400.
     */
    private static boolean isBadParameter(WebApplicationException e) {
        if (e.getResponse().getStatus() != 404) {
            return false;
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException || c instanceof java.time.DateTimeException) {
                return true;
            }
        }
        return false;
    }

    /** Jersey's ParamException knows the parameter's name; read it without compiling against Jersey. */
    private static Optional<String> parameterName(WebApplicationException e) {
        try {
            return Optional.ofNullable((String) e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException | ClassCastException notJersey) {
            return Optional.empty();
        }
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return FallbackExceptionMapper.internalError(e, headers);
        }
        if (isBadParameter(e)) {
            return ProblemResponses.build(400, "BAD_PARAMETER", Text.of("参数格式错误", "A parameter has the wrong format"),
                    parameterName(e).map(n -> List.of(new FieldMessage(n, Text.of("格式错误", "has the wrong format")))).orElse(List.of()),
                    ProblemResponses.locale(headers));
        }
        // Payara's @RolesAllowed check throws these: no caller, or a caller in another role
        if (status == 401) {
            return ProblemResponses.unauthenticated(ProblemResponses.locale(headers));
        }
        if (status == 403) {
            return ProblemResponses.forbidden(ProblemResponses.locale(headers));
        }
        Text title = TITLES.getOrDefault(status, Text.of("请求无效", "Bad request"));
        Response problem = ProblemResponses.build(status, "HTTP_" + status, title, List.of(),
                ProblemResponses.locale(headers));
        Object allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }
}
