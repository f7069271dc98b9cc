package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problem+json responses and the exception mappers that produce them, without a container. */
class ProblemResponsesTest {

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    private static HttpHeaders english() {
        return (HttpHeaders) Proxy.newProxyInstance(ProblemResponsesTest.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (p, m, a) -> {
                    if (m.getName().equals("getAcceptableLanguages")) {
                        return List.of(Locale.ENGLISH);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Problem problem(Response r) {
        assertEquals(ProblemResponses.PROBLEM_JSON, r.getMediaType());
        Problem p = (Problem) r.getEntity();
        assertEquals(r.getStatus(), p.status());
        return p;
    }

    @Test
    void buildsRfc9457ProblemsWithFieldErrors() {
        DomainException e = DomainException.invalid(List.of(
                new FieldMessage("endsOn", Text.of("结束日期早于开始日期", "ends before it starts")),
                new FieldMessage("capacity", Text.of("必须大于0", "must be positive"))));
        Problem en = problem(ProblemResponses.of(e, Locale.ENGLISH));
        assertEquals(new Problem("urn:eldercare:problem:invalid-input", "Invalid input", 400,
                "Invalid input: endsOn ends before it starts; capacity must be positive", "INVALID_INPUT",
                List.of(new Problem.FieldError("endsOn", "ends before it starts"), new Problem.FieldError("capacity", "must be positive")), null),
                en);
        Problem zh = problem(ProblemResponses.of(e, Locale.SIMPLIFIED_CHINESE));
        assertEquals("输入有误", zh.title());
        assertEquals("结束日期早于开始日期", zh.errors().get(0).message());
    }

    @Test
    void withoutFieldsTheDetailIsTheTitle() {
        Problem p = problem(ProblemResponses.of(DomainException.conflict("ALREADY_ENROLLED",
                Text.of("该学员已报名此课程", "Already enrolled in this course")), Locale.ENGLISH));
        assertEquals("urn:eldercare:problem:already-enrolled", p.type());
        assertEquals(409, p.status());
        assertEquals("Already enrolled in this course", p.detail());
        assertEquals(List.of(), p.errors());
    }

    @Test
    void domainExceptionMapperDefaultsToChinese() {
        DomainExceptionMapper mapper = new DomainExceptionMapper();
        Response r = mapper.toResponse(DomainException.forbidden(Text.of("只能管理本基地的课程", "You can only manage your own base's courses")));
        assertEquals(403, r.getStatus());
        assertEquals("只能管理本基地的课程", problem(r).title());
        mapper.headers = english();
        assertEquals("You can only manage your own base's courses", problem(mapper.toResponse(
                DomainException.forbidden(Text.of("只能管理本基地的课程", "You can only manage your own base's courses")))).title());
    }

    @Test
    void malformedBodiesAre400() {
        assertEquals("MALFORMED_BODY", problem(new MalformedBodyMapper().toResponse(new JsonbException("bad"))).code());
        assertEquals(400, new ProcessingExceptionMapper().toResponse(new ProcessingException("bad")).getStatus());
    }

    /** What Payara's {@code @RolesAllowed} check throws: no caller, or a caller in another role. */
    @Test
    void theRolesAllowedRefusalsSpeakAsTheApiDoes() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        mapper.headers = english();
        Response unauthorized = mapper.toResponse(new NotAuthorizedException("Authentication resulted in NOT_DONE",
                Response.status(401).build()));
        Problem none = problem(unauthorized);
        assertEquals("UNAUTHENTICATED", none.code());
        assertEquals("Not signed in, or the session has expired", none.title());
        assertEquals("Bearer", unauthorized.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        Problem forbidden = problem(mapper.toResponse(new ForbiddenException("Caller not in requested role")));
        assertEquals("FORBIDDEN", forbidden.code());
        assertEquals("Your role may not do this", forbidden.title());
        mapper.headers = null;
        assertEquals("您的角色无权执行此操作", problem(mapper.toResponse(new ForbiddenException())).title());
    }

    @Test
    void protocolErrorsKeepTheirStatus() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        mapper.headers = english();
        Problem notFound = problem(mapper.toResponse(new WebApplicationException(404)));
        assertEquals("HTTP_404", notFound.code());
        assertEquals("Not found", notFound.title());
        assertEquals("HTTP_418", problem(mapper.toResponse(new WebApplicationException(418))).code());

        Response allow = mapper.toResponse(new WebApplicationException(Response.status(405).header("Allow", "GET,POST").build()));
        assertEquals(405, allow.getStatus());
        assertEquals("GET,POST", allow.getHeaderString("Allow"), "the Allow header survives");
    }

    @Test
    void anUnconvertibleParameterIs400Not404() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        Problem p = problem(mapper.toResponse(new WebApplicationException(new NumberFormatException("abc"), 404)));
        assertEquals(400, p.status());
        assertEquals("BAD_PARAMETER", p.code());
        Problem date = problem(mapper.toResponse(new WebApplicationException(
                new IllegalStateException(new DateTimeParseException("x", "2026-13-01", 5)), 404)));
        assertEquals("BAD_PARAMETER", date.code());
    }

    @Test
    void serverFaultsGiveAnIncidentIdAndNoDetails() {
        Problem p = problem(new FallbackExceptionMapper().toResponse(new IllegalStateException("secret 410102197005200021")));
        assertEquals(500, p.status());
        assertEquals("INTERNAL_ERROR", p.code());
        assertTrue(p.title().matches("服务器内部错误，请向管理员提供事件编号 [0-9a-f]{8}"), p.title());
        assertFalse(p.detail().contains("secret"));
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        assertEquals("INTERNAL_ERROR", problem(mapper.toResponse(new WebApplicationException(503))).code());
    }

    @Test
    void localDateParameters() {
        var converter = new StrictParams().getConverter(java.time.LocalDate.class, java.time.LocalDate.class, new java.lang.annotation.Annotation[0]);
        assertEquals(java.time.LocalDate.of(2026, 3, 1), converter.fromString(" 2026-03-01 "));
        assertEquals(null, converter.fromString(" "));
        assertEquals("2026-03-01", converter.toString(java.time.LocalDate.of(2026, 3, 1)));
        assertEquals(null, new StrictParams().getConverter(String.class, String.class, new java.lang.annotation.Annotation[0]));
    }
}
