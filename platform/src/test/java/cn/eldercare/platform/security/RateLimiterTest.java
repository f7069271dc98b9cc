package cn.eldercare.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aClientMayBurstThenWaitsForTokensToComeBack() {
        RateLimiter limiter = new RateLimiter(60, 100_000);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limiter.acquire("a", T0), "request " + i);
        }
        long wait = limiter.acquire("a", T0);
        assertTrue(wait >= 1 && wait <= 2, "one token a second: " + wait);
        assertEquals(0, limiter.acquire("b", T0), "another client has its own bucket");
        assertEquals(0, limiter.acquire("a", T0.plusSeconds(1)), "a token is back after a second");
        assertTrue(limiter.acquire("a", T0.plusSeconds(1)) > 0);
    }

    @Test
    void refusedRequestsDoNotDeepenTheDebt() {
        RateLimiter limiter = new RateLimiter(6, 100_000);
        for (int i = 0; i < 6; i++) {
            limiter.acquire("a", T0);
        }
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.acquire("a", T0) > 0);
        }
        assertEquals(0, limiter.acquire("a", T0.plusSeconds(10)), "hammering while refused costs nothing extra");
        assertEquals(0, new RateLimiter(6, 100_000).acquire("a", T0.plusSeconds(3600)));
    }

    @Test
    void aHundredThousandDistinctClientsLeaveTheMapBounded() {
        RateLimiter limiter = new RateLimiter(60, 1_000);
        for (int i = 0; i < 100_000; i++) {
            limiter.acquire("client-" + i, T0);
        }
        assertTrue(limiter.clients() <= 1_000, "at most 1,000 clients: " + limiter.clients());
    }

    @Test
    void noProxyIsTrustedUnlessConfigured() {
        assertEquals("127.0.0.1", new ClientAddresses(Set.of()).of("127.0.0.1", "203.0.113.9"),
                "a local caller cannot choose the throttled address by sending the header");
    }

    @Test
    void forwardedAddressCountsOnlyFromATrustedProxy() {
        ClientAddresses addresses = new ClientAddresses(Set.of("127.0.0.1"));
        assertEquals("203.0.113.9", addresses.of("127.0.0.1", "10.0.0.1, 203.0.113.9"), "the proxy's own entry is the last");
        assertEquals("198.51.100.7", addresses.of("198.51.100.7", "203.0.113.9"), "a direct client cannot choose its address");
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", null));
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", " , "));
    }
}
