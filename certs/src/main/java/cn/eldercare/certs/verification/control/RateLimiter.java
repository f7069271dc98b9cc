package cn.eldercare.certs.verification.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests at once, refilled evenly over a minute.
 * It stops enumeration of numbers and names without troubling a person checking a few certificates.
 * Kept in memory like the login throttle: one server, and a restart only forgives a minute.
 */
public final class RateLimiter {

    private record Bucket(double tokens, Instant at) {
    }

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes a token for the client: 0 if it may go ahead, otherwise the seconds until a token is back. */
    public long acquire(String client, Instant now) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> refilled(e.getValue(), now) >= perMinute);
        }
        long[] wait = new long[1];
        buckets.compute(client, (k, b) -> {
            double tokens = b == null ? perMinute : refilled(b, now);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Math.max(1, (long) Math.ceil((1 - tokens) * 60.0 / perMinute));
            return new Bucket(tokens, now);
        });
        return wait[0];
    }

    private double refilled(Bucket b, Instant now) {
        double seconds = Math.max(0, Duration.between(b.at(), now).toNanos() / 1e9);
        return Math.min(perMinute, b.tokens() + seconds * perMinute / 60.0);
    }
}
