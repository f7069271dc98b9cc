package cn.eldercare.platform.config;

import cn.eldercare.platform.pii.PiiProtector;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.TokenCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Builds the container-free security helpers from the configured keys (final classes, hence no proxies). */
@ApplicationScoped
public class SecurityProducers {

    @Inject
    Secrets secrets;

    @Produces
    @Singleton
    PiiProtector piiProtector() {
        return new PiiProtector(secrets.key("pii.encryption"), secrets.key("pii.hash"));
    }

    @Produces
    @Singleton
    TokenCodec tokenCodec() {
        return new TokenCodec(secrets.key("token.signing"));
    }

    @Produces
    @Singleton
    LoginThrottle loginThrottle() {
        return new LoginThrottle(5, Duration.ofMinutes(15));
    }
}
