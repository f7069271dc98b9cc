package cn.eldercare.platform.problem;

import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The container's own 401, as Payara's MicroProfile JWT sends it for a bad token, becomes the API's refusal. */
class ContainerErrorPageTest {

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    @Test
    void aBare401IsTheUnauthenticatedProblemWithABearerChallenge() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).thenReturn(401);
        HttpServletResponse response = mock(HttpServletResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        new ContainerErrorPage().service(request, response);
        verify(response).setStatus(401);
        verify(response).setHeader("WWW-Authenticate", "Bearer");
        verify(response).setContentType("application/problem+json");
        String json = body.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"code\":\"UNAUTHENTICATED\"") && json.contains("未登录或登录已过期"), json);
    }
}
