package cn.eldercare.app.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every response, page, script, API answer or refusal, carries the browser hardening headers and names no server. */
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A script element without src, an inline event handler or a style attribute: what the policy blocks. */
    private static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=",
            Pattern.CASE_INSENSITIVE);

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        Api.awaitReady();
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/verify.html", "/app/main.js", "/app/app.css", "/api/ping", "/api/no-such-thing",
            "/api/courses", "/no-such-page.html"})
    void everyResponseCarriesTheHardeningHeaders(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                && csp.contains("object-src 'none'") && csp.contains("frame-ancestors"), path + ": " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), path);
        assertTrue(r.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), path);
        assertEquals(java.util.Optional.empty(), r.headers().firstValue("Server"), path + " names no server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/verify.html"})
    void thePagesHaveNothingInlineForThePolicyToBlock(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode());
        assertFalse(INLINE.matcher(r.body()).find(), () -> path + ": " + INLINE.matcher(r.body()).results()
                .map(m -> m.group()).toList());
    }

    /** Outside the API too, a refusal is a problem, not the server's HTML report with its name and version. */
    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page.html", "/app/no-such-script.js"})
    void anUnknownPageIsAProblem(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r::body);
        assertFalse(r.body().contains("Payara"), r.body());
    }
}
