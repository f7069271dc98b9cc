package cn.eldercare.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production settings: 5 failures of one account or 20 of one address within 15 minutes lock for the rest of the window. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String USER = "wang.li";
    private static final String ADDRESS = "10.0.0.7";

    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), 100_000);

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(USER, ADDRESS, at);
        }
    }

    private long wait(Instant at) {
        return throttle.retryAfterSeconds(USER, ADDRESS, at);
    }

    @Test
    void fourFailuresStillAllowAnotherTry() {
        fail(4, T0);
        assertEquals(0, wait(T0.plusSeconds(1)));
    }

    @Test
    void theFifthFailureWithinTheWindowLocks() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(USER, ADDRESS, T0.plusSeconds(60L * i));
        }
        // locked until 15 minutes after the first failure
        assertEquals(Duration.ofMinutes(15).minusMinutes(5).toSeconds(), wait(T0.plusSeconds(300)));
        assertEquals(1, wait(T0.plus(Duration.ofMinutes(15)).minusMillis(200)), "never 0 while locked");
    }

    @Test
    void unlocksWhenTheWindowHasPassed() {
        fail(5, T0);
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertEquals(0, wait(later));
        // the slate is clean: it takes five new failures to lock again
        fail(4, later);
        assertEquals(0, wait(later.plusSeconds(1)));
        fail(1, later.plusSeconds(2));
        assertEquals(900 - 3, wait(later.plusSeconds(3)));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        fail(4, T0);
        fail(1, T0.plus(Duration.ofMinutes(16)));
        assertEquals(0, wait(T0.plus(Duration.ofMinutes(16))));
        fail(3, T0.plus(Duration.ofMinutes(17)));
        assertEquals(0, wait(T0.plus(Duration.ofMinutes(17))), "4 failures in the new window");
    }

    @Test
    void successResetsTheAccountsCount() {
        fail(4, T0);
        throttle.succeeded(USER, ADDRESS);
        fail(4, T0.plusSeconds(10));
        assertEquals(0, wait(T0.plusSeconds(11)));
        fail(1, T0.plusSeconds(12));
        assertEquals(900, wait(T0.plusSeconds(10)), "counted from the first failure after the reset");
    }

    @Test
    void accountsAndAddressesAreIndependent() {
        fail(5, T0);
        assertEquals(0, throttle.retryAfterSeconds(USER, "10.0.0.8", T0));
        assertEquals(0, throttle.retryAfterSeconds("zhao.min", ADDRESS, T0));
        assertEquals(900, wait(T0));
    }

    @Test
    void oneAddressSprayingManyUsernamesIsLockedAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, ADDRESS, T0);
            assertEquals(0, throttle.retryAfterSeconds("user" + (i + 1), ADDRESS, T0), "failure " + (i + 1));
        }
        throttle.failed("user19", ADDRESS, T0);
        assertEquals(900, throttle.retryAfterSeconds("user20", ADDRESS, T0), "a 21st username must wait");
        throttle.succeeded("someone.real", ADDRESS);
        assertEquals(900, throttle.retryAfterSeconds("user21", ADDRESS, T0), "one right password does not reset the address");
        assertEquals(0, throttle.retryAfterSeconds("user20", "10.0.0.9", T0), "other addresses go on");
    }

    @Test
    void aHundredThousandDistinctKeysLeaveTheMapsBounded() {
        LoginThrottle small = new LoginThrottle(5, 20, Duration.ofMinutes(15), 1_000);
        for (int i = 0; i < 100_000; i++) {
            small.failed("user" + i, "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255), T0);
        }
        long kept = small.keys();
        assertTrue(kept <= 2 * 1_000, "accounts and addresses at most 1,000 each: " + kept);
    }
}
