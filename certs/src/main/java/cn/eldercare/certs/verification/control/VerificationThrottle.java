package cn.eldercare.certs.verification.control;

import cn.eldercare.platform.security.ClientAddresses;
import cn.eldercare.platform.security.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The rate limit of public verification, per client address: {@code certs.verify.rate-limit} requests a
 * minute (default 60), with {@code certs.verify.trusted-proxies} (default none) allowed to name the
 * client in X-Forwarded-For.
 */
@ApplicationScoped
public class VerificationThrottle {

    @Inject
    Config config;

    private RateLimiter limiter;
    private ClientAddresses addresses;

    @PostConstruct
    void configure() {
        String proxies = config.getOptionalValue("certs.verify.trusted-proxies", String.class).orElse("");
        addresses = new ClientAddresses(Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
        limiter = new RateLimiter(config.getOptionalValue("certs.verify.rate-limit", Integer.class).orElse(60), 100_000);
    }

    /** 0 when the client may go ahead, otherwise the seconds it should wait. */
    public long acquire(String peer, String forwardedFor, Instant now) {
        return limiter.acquire(addresses.of(peer, forwardedFor), now);
    }
}
