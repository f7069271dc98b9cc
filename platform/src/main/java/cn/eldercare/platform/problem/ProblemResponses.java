package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** Turns refusals into {@code application/problem+json} responses in the caller's language. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private ProblemResponses() {
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.SIMPLIFIED_CHINESE : locale(headers.getAcceptableLanguages());
    }

    /** English when the client prefers it, Simplified Chinese (the product's default) otherwise. */
    public static Locale locale(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** No caller, or a token that is invalid, expired or revoked: 401 with a Bearer challenge. */
    public static Response unauthenticated(Locale locale) {
        return Response.fromResponse(build(401, "UNAUTHENTICATED",
                        Text.of("未登录或登录已过期", "Not signed in, or the session has expired"), List.of(), locale))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A signed-in caller whose role {@code @RolesAllowed} does not name. */
    public static Response forbidden(Locale locale) {
        return build(403, "FORBIDDEN", Text.of("您的角色无权执行此操作", "Your role may not do this"), List.of(), locale);
    }

    public static Response of(DomainException e, Locale locale) {
        return build(e.status(), e.code(), e.text(), e.fields(), locale);
    }

    public static Response build(int status, String code, Text text, List<FieldMessage> fields, Locale locale) {
        return build(status, code, text, fields, null, locale);
    }

    static Response build(int status, String code, Text text, List<FieldMessage> fields, String incident, Locale locale) {
        List<Problem.FieldError> errors = fields.stream()
                .map(f -> new Problem.FieldError(f.field(), f.message().in(locale)))
                .toList();
        String title = text.in(locale);
        String detail = errors.isEmpty() ? title
                : title + ": " + String.join("; ", errors.stream().map(er -> er.field() + " " + er.message()).toList());
        Problem problem = new Problem("urn:eldercare:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title, status, detail, code, errors, incident);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
