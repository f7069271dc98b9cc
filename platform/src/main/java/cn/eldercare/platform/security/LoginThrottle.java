package cn.eldercare.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing on two counts within a window: failed sign-ins to one account from one
 * address ({@code perAccount}), and failed sign-ins from one address to any account ({@code perAddress}),
 * which stops one address from trying a common password on many usernames. Once either count is
 * reached, attempts are refused until the window since its first failure has passed. Kept in memory
 * (one server; a restart only forgives a few guesses) in bounded maps whose entries expire with the window.
 */
public final class LoginThrottle {

    private record Failures(int count, Instant first) {
    }

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    public LoginThrottle(int perAccount, int perAddress, Duration window, long maxKeys) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.accounts = map(window, maxKeys);
        this.addresses = map(window, maxKeys);
    }

    private static Cache<String, Failures> map(Duration window, long maxKeys) {
        return Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).executor(Runnable::run).build();
    }

    /** Seconds to wait before another attempt is accepted, or 0 if one may try now. */
    public long retryAfterSeconds(String username, String address, Instant now) {
        return Math.max(wait(accounts, accountKey(username, address), perAccount, now), wait(addresses, address, perAddress, now));
    }

    public void failed(String username, String address, Instant now) {
        count(accounts, accountKey(username, address), now);
        count(addresses, address, now);
    }

    /** Forgives the account's failures; the address's stay, or one known password would reset a spraying run. */
    public void succeeded(String username, String address) {
        accounts.invalidate(accountKey(username, address));
    }

    /** How many keys are remembered, after pending evictions. */
    long keys() {
        accounts.cleanUp();
        addresses.cleanUp();
        return accounts.estimatedSize() + addresses.estimatedSize();
    }

    private long wait(Cache<String, Failures> map, String key, int max, Instant now) {
        Failures f = map.getIfPresent(key);
        if (f == null || f.count() < max) {
            return 0;
        }
        Instant until = f.first().plus(window);
        if (!now.isBefore(until)) {
            map.asMap().remove(key, f);
            return 0;
        }
        return Math.max(1, Duration.between(now, until).toSeconds());
    }

    private void count(Cache<String, Failures> map, String key, Instant now) {
        map.asMap().compute(key, (k, f) -> f == null || !now.isBefore(f.first().plus(window))
                ? new Failures(1, now) : new Failures(f.count() + 1, f.first()));
    }

    private static String accountKey(String username, String address) {
        return username + "@" + address;
    }
}
