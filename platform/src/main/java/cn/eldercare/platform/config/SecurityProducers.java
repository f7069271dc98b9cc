package cn.eldercare.platform.config;

import cn.eldercare.platform.pii.PiiProtector;
import cn.eldercare.platform.security.ClientAddresses;
import cn.eldercare.platform.security.LoginThrottle;
import cn.eldercare.platform.security.TokenIssuer;
import cn.eldercare.platform.security.TokenKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds the container-free security helpers from the configured keys (final classes, hence no proxies). */
@ApplicationScoped
public class SecurityProducers {

    @Inject
    Secrets secrets;
    @Inject
    Config config;

    @Produces
    @Singleton
    PiiProtector piiProtector() {
        return new PiiProtector(secrets.key("pii.encryption"), secrets.key("pii.hash"));
    }

    /** Signs with the key whose public half {@link TokenVerificationKey} gives Payara, for the issuer Payara accepts. */
    @Produces
    @Singleton
    TokenIssuer tokenIssuer() {
        return new TokenIssuer(TokenKeys.of(config.getOptionalValue(Secrets.TOKEN_SIGNING_KEY, String.class),
                secrets.dataDir().resolve("keys")).getPrivate(), config.getValue("mp.jwt.verify.issuer", String.class));
    }

    @Produces
    @Singleton
    LoginThrottle loginThrottle() {
        return new LoginThrottle(5, 20, Duration.ofMinutes(15), 100_000);
    }

    /**
     * Whose X-Forwarded-For names the client of sign-in and joining ({@code trusted.proxies}, comma-separated):
     * by default no one's, since a header any caller can send must not choose the address that is throttled.
     */
    @Produces
    @Singleton
    ClientAddresses clientAddresses() {
        String proxies = config.getOptionalValue("trusted.proxies", String.class).orElse("");
        return new ClientAddresses(Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
    }
}
