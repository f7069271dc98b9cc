package cn.eldercare.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The production settings: 5 failures within 15 minutes lock the account for that address. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String KEY = "wang.li@10.0.0.7";

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(KEY, at);
        }
    }

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail(4, T0);
        assertEquals(0, throttle.retryAfterSeconds(KEY, T0.plusSeconds(1)));
    }

    @Test
    void theFifthFailureWithinTheWindowLocks() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(KEY, T0.plusSeconds(60L * i));
        }
        // locked until 15 minutes after the first failure
        assertEquals(Duration.ofMinutes(15).minusMinutes(5).toSeconds(), throttle.retryAfterSeconds(KEY, T0.plusSeconds(300)));
        assertEquals(1, throttle.retryAfterSeconds(KEY, T0.plus(Duration.ofMinutes(15)).minusMillis(200)), "never 0 while locked");
    }

    @Test
    void unlocksWhenTheWindowHasPassed() {
        fail(5, T0);
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertEquals(0, throttle.retryAfterSeconds(KEY, later));
        // the slate is clean: it takes five new failures to lock again
        fail(4, later);
        assertEquals(0, throttle.retryAfterSeconds(KEY, later.plusSeconds(1)));
        fail(1, later.plusSeconds(2));
        assertEquals(900 - 3, throttle.retryAfterSeconds(KEY, later.plusSeconds(3)));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        fail(4, T0);
        fail(1, T0.plus(Duration.ofMinutes(16)));
        assertEquals(0, throttle.retryAfterSeconds(KEY, T0.plus(Duration.ofMinutes(16))));
        fail(3, T0.plus(Duration.ofMinutes(17)));
        assertEquals(0, throttle.retryAfterSeconds(KEY, T0.plus(Duration.ofMinutes(17))), "4 failures in the new window");
    }

    @Test
    void successResetsTheCount() {
        fail(4, T0);
        throttle.succeeded(KEY);
        fail(4, T0.plusSeconds(10));
        assertEquals(0, throttle.retryAfterSeconds(KEY, T0.plusSeconds(11)));
        fail(1, T0.plusSeconds(12));
        assertEquals(900, throttle.retryAfterSeconds(KEY, T0.plusSeconds(10)), "counted from the first failure after the reset");
    }

    @Test
    void keysAreIndependent() {
        fail(5, T0);
        assertEquals(0, throttle.retryAfterSeconds("wang.li@10.0.0.8", T0));
        assertEquals(0, throttle.retryAfterSeconds("zhao.min@10.0.0.7", T0));
        assertEquals(900, throttle.retryAfterSeconds(KEY, T0));
    }
}
