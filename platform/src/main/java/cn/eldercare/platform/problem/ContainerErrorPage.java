package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The error page of the servlet container (WEB-INF/web.xml), for what fails outside JAX-RS: a missing page, a
 * method a static file does not take, a fault in a servlet filter. It answers problem+json like the API, instead
 * of the server's HTML report naming the server and its version. Payara's MicroProfile JWT refuses a bad bearer
 * token with a bare 401 before any servlet runs; that 401 lands here and gets the API's own refusal.
 */
@WebServlet("/error")
public class ContainerErrorPage extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // without Accept-Language the container offers its own default locale; the product's default is Chinese
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE
                : ProblemResponses.locale(Collections.list(request.getLocales()));
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Throwable fault = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Response problem = status >= 500 || fault != null
                ? FallbackExceptionMapper.internalError(fault != null ? fault : new IllegalStateException("status " + status), locale)
                : status == 401 ? ProblemResponses.unauthenticated(locale)
                : ProblemResponses.build(status, "HTTP_" + status,
                        WebApplicationExceptionMapper.TITLES.getOrDefault(status, Text.of("请求无效", "Bad request")), List.of(), locale);
        response.setStatus(problem.getStatus());
        if (problem.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, problem.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        }
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSONB.toJson(problem.getEntity()).getBytes(StandardCharsets.UTF_8));
    }
}
