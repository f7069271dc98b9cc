package cn.eldercare.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed logins for one account from one
 * address within the window, further attempts are refused until the window has passed.
 * Kept in memory: one server instance, and a restart only forgives a few guesses.
 */
public final class LoginThrottle {

    private record Failures(int count, Instant first) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Seconds to wait before another attempt is accepted, or 0 if one may try now. */
    public long retryAfterSeconds(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < maxFailures) {
            return 0;
        }
        Instant until = f.first().plus(window);
        if (!now.isBefore(until)) {
            failures.remove(key, f);
            return 0;
        }
        return Math.max(1, Duration.between(now, until).toSeconds());
    }

    public void failed(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || !now.isBefore(f.first().plus(window))
                ? new Failures(1, now) : new Failures(f.count() + 1, f.first()));
    }

    public void succeeded(String key) {
        failures.remove(key);
    }
}
