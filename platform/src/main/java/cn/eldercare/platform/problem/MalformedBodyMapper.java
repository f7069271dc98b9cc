package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, has an unknown property or a value of the wrong type is the client's
 * mistake: 400, naming the property when the binding says which one.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    static final Text MALFORMED = Text.of("请求体不是有效的 JSON，或字段类型错误",
            "The body is not valid JSON or a field has the wrong type");
    private static final Pattern WRONG_TYPE = Pattern.compile("property '([^']+)'");
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return ProblemResponses.build(400, "MALFORMED_BODY", MALFORMED, fields(e), ProblemResponses.locale(headers));
    }

    static List<FieldMessage> fields(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher unknown = UNKNOWN.matcher(message);
            if (unknown.find()) {
                return List.of(new FieldMessage(unknown.group(1), Text.of("不是可接受的字段", "is not a known field")));
            }
            Matcher wrong = WRONG_TYPE.matcher(message);
            if (wrong.find()) {
                return List.of(new FieldMessage(wrong.group(1), Text.of("类型或格式错误", "has the wrong type or format")));
            }
        }
        return List.of();
    }
}
