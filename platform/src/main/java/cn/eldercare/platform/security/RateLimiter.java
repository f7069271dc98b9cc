package cn.eldercare.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket per client: {@code perMinute} requests at once, refilled evenly over a minute.
 * It stops enumeration without troubling a person making a few requests. Kept in memory (one server;
 * a restart only forgives a minute) in a bounded map: a bucket untouched for a minute is full again,
 * so it expires then, and a flood of addresses evicts the oldest rather than growing without end.
 */
public final class RateLimiter {

    private record Bucket(double tokens, Instant at) {
    }

    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int perMinute, long maxClients) {
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterWrite(Duration.ofMinutes(1))
                .executor(Runnable::run).build();
    }

    /** Takes a token for the client: 0 if it may go ahead, otherwise the seconds until a token is back. */
    public long acquire(String client, Instant now) {
        long[] wait = new long[1];
        buckets.asMap().compute(client, (k, b) -> {
            double tokens = b == null ? perMinute : refilled(b, now);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Math.max(1, (long) Math.ceil((1 - tokens) * 60.0 / perMinute));
            return new Bucket(tokens, now);
        });
        return wait[0];
    }

    /** How many clients are remembered, after pending evictions. */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private double refilled(Bucket b, Instant now) {
        double seconds = Math.max(0, Duration.between(b.at(), now).toNanos() / 1e9);
        return Math.min(perMinute, b.tokens() + seconds * perMinute / 60.0);
    }
}
