package cn.eldercare.platform.security;

import cn.eldercare.platform.problem.Problem;
import cn.eldercare.testing.FakeRequest;
import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestSizeLimitTest {

    private static final MediaType XLSX = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RequestSizeLimit limit = new RequestSizeLimit(RequestSizeLimit.JSON_LIMIT, RequestSizeLimit.FILE_LIMIT);

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    private static long drain(InputStream in) throws IOException {
        long n = 0;
        byte[] buf = new byte[8192];
        for (int r; (r = in.read(buf)) > 0; ) {
            n += r;
        }
        return n;
    }

    @Test
    void jsonOverTheLimitByContentLengthIsRefusedBeforeReading() {
        FakeRequest r = new FakeRequest().language("en").declaredLength(MediaType.APPLICATION_JSON_TYPE, 256 * 1024 + 1);
        limit.filter(r.context());
        assertEquals(413, r.aborted().getStatus());
        Problem p = (Problem) r.aborted().getEntity();
        assertEquals("TOO_LARGE", p.code());
        assertEquals("The body exceeds the 256 KB limit", p.title());
    }

    @Test
    void aBodyWithoutTypeCountsAsJson() {
        FakeRequest r = new FakeRequest().declaredLength(null, 256 * 1024 + 1);
        limit.filter(r.context());
        assertEquals(413, r.aborted().getStatus());
    }

    @Test
    void spreadsheetsMayBeLarger() throws IOException {
        FakeRequest ok = new FakeRequest().body(XLSX, new byte[300 * 1024], true);
        limit.filter(ok.context());
        assertNull(ok.aborted());
        assertEquals(300 * 1024, drain(ok.entity()));

        FakeRequest tooBig = new FakeRequest().declaredLength(XLSX, 10 * 1024 * 1024 + 1);
        limit.filter(tooBig.context());
        assertEquals(413, tooBig.aborted().getStatus());
    }

    @Test
    void aChunkedBodyIsCountedWhileRead() throws IOException {
        FakeRequest atLimit = new FakeRequest().body(MediaType.APPLICATION_JSON_TYPE, new byte[256 * 1024], false);
        limit.filter(atLimit.context());
        assertNull(atLimit.aborted());
        assertEquals(256 * 1024, drain(atLimit.entity()));

        FakeRequest over = new FakeRequest().body(MediaType.APPLICATION_JSON_TYPE, new byte[256 * 1024 + 1], false);
        limit.filter(over.context());
        assertNull(over.aborted(), "the length is unknown up front");
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> drain(over.entity()));
        assertEquals(413, e.getResponse().getStatus());

        FakeRequest byteByByte = new FakeRequest().body(MediaType.APPLICATION_JSON_TYPE, new byte[256 * 1024 + 1], false);
        limit.filter(byteByByte.context());
        InputStream in = byteByByte.entity();
        assertThrows(WebApplicationException.class, () -> {
            while (in.read() >= 0) {
                // read on
            }
        });
    }

    @Test
    void theLimitsAreConfigurable() {
        RequestSizeLimit oneMiB = new RequestSizeLimit(1024 * 1024, 20 * 1024 * 1024);
        FakeRequest json = new FakeRequest().language("en").declaredLength(MediaType.APPLICATION_JSON_TYPE, 300 * 1024);
        oneMiB.filter(json.context());
        assertNull(json.aborted());
        FakeRequest tooBig = new FakeRequest().language("en").declaredLength(MediaType.APPLICATION_JSON_TYPE, 1024 * 1024 + 1);
        oneMiB.filter(tooBig.context());
        assertEquals("The body exceeds the 1024 KB limit", ((Problem) tooBig.aborted().getEntity()).title());
        FakeRequest file = new FakeRequest().declaredLength(XLSX, 15 * 1024 * 1024);
        oneMiB.filter(file.context());
        assertNull(file.aborted());
    }
}
