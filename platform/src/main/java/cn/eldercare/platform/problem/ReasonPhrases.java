package cn.eldercare.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Teaches Payara's HTTP layer (Grizzly 4) the reason phrase of 429: its status table stops at the
 * codes of RFC 2616, so a 429 went out as "429 CUSTOM", and Servlet 6 has no way to name a phrase.
 * Grizzly keeps the table in a private registry; if a Payara upgrade moves it, the status line
 * falls back to Grizzly's own and nothing else changes.
 */
@ApplicationScoped
public class ReasonPhrases {

    private static final Logger LOG = Logger.getLogger(ReasonPhrases.class.getName());
    private static final String HTTP_STATUS = "org.glassfish.grizzly.http.util.HttpStatus";

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            Class<?> status = Class.forName(HTTP_STATUS, true, Thread.currentThread().getContextClassLoader());
            Object known = status.getMethod("getHttpStatus", int.class).invoke(null, 429);
            if ("CUSTOM".equals(status.getMethod("getReasonPhrase").invoke(known))) {
                Method register = status.getDeclaredMethod("register", int.class, String.class);
                register.setAccessible(true);
                register.invoke(null, 429, "Too Many Requests");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "429 keeps Grizzly's own reason phrase", e);
        }
    }
}
