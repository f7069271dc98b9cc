package cn.eldercare.timebank.member.control;

import cn.eldercare.platform.security.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Instant;

/** Applications to join per client address and minute ({@code timebank.join.rate-limit}, default 10): joining needs no sign-in. */
@ApplicationScoped
public class JoinThrottle {

    @Inject
    Config config;

    private RateLimiter limiter;

    @PostConstruct
    void configure() {
        limiter = new RateLimiter(config.getOptionalValue("timebank.join.rate-limit", Integer.class).orElse(10), 100_000);
    }

    /** 0 when the client may go ahead, otherwise the seconds it should wait. */
    public long acquire(String client, Instant now) {
        return limiter.acquire(client, now);
    }
}
