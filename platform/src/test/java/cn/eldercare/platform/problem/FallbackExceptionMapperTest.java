package cn.eldercare.platform.problem;

import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FallbackExceptionMapperTest {

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    @Test
    void aServerFaultIsLoggedWithItsCauseUnderTheIncidentIdTheClientGets() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(FallbackExceptionMapper.class.getName());
        log.addHandler(capture);
        IllegalStateException fault = new IllegalStateException("no member 41010519381102002X",
                new java.io.IOException("disk full, phone 13900000000"));
        Response r;
        try {
            r = FallbackExceptionMapper.internalError(fault, Locale.ENGLISH);
        } finally {
            log.removeHandler(capture);
        }

        assertEquals(500, r.getStatus());
        assertEquals(ProblemResponses.PROBLEM_JSON, r.getMediaType());
        Problem p = (Problem) r.getEntity();
        assertEquals("INTERNAL_ERROR", p.code());
        assertTrue(p.incident().matches("[0-9a-f]{8}"), p.incident());
        assertEquals("Internal server error; quote incident " + p.incident() + " to the administrator", p.title());
        assertEquals(1, records.size());
        LogRecord logged = records.get(0);
        assertEquals(Level.SEVERE, logged.getLevel());
        assertTrue(logged.getMessage().contains(p.incident()), logged.getMessage());
        Throwable thrown = logged.getThrown();
        assertEquals("java.lang.IllegalStateException: no member 410***************", thrown.toString());
        assertEquals("java.io.IOException: disk full, phone 139********", thrown.getCause().toString());
        assertArrayEquals(fault.getStackTrace(), thrown.getStackTrace(), "the stack trace is logged as it was");
    }
}
