package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An unparseable Content-Type or Accept header makes JAX-RS fail before any exception mapper runs,
 * with the server's HTML error page; this answers it as a problem like every other client mistake.
 */
@WebFilter(urlPatterns = "/api/*")
public class MediaTypeHeaderFilter extends HttpFilter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (parses(request.getHeader("Content-Type")) && acceptParses(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = ProblemResponses.locale(Collections.list(request.getLocales()));
        Text title = Text.of("Content-Type 或 Accept 请求头格式错误", "The Content-Type or Accept header is malformed");
        Problem problem = new Problem("urn:eldercare:problem:bad-media-type", title.in(locale), 400, title.in(locale),
                "BAD_MEDIA_TYPE", List.of(), null);
        response.setStatus(400);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean acceptParses(HttpServletRequest request) {
        for (String accept : Collections.list(request.getHeaders("Accept"))) {
            for (String range : accept.split(",")) {
                if (!range.isBlank() && !parses(range)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean parses(String header) {
        if (header == null || header.isBlank()) {
            return true;
        }
        try {
            MediaType.valueOf(header.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
