package cn.eldercare.platform.config;

import cn.eldercare.platform.security.TokenKeys;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Set;

/**
 * Gives Payara's MicroProfile JWT the public half of the token signing key as {@code mp.jwt.verify.publickey}:
 * the key is configured ({@code token.signing.private-key}) or generated into the data directory, so it cannot
 * be written into a properties file. Its ordinal is below every other source's, so a public key an operator
 * configures anywhere else wins, and it gives none when {@code mp.jwt.verify.publickey.location} is set (Payara
 * refuses to deploy with both).
 */
public class TokenVerificationKey implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public String getValue(String name) {
        if (!PUBLIC_KEY.equals(name)) {
            return null;
        }
        // read lazily: sources are created while the configuration is being built
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue(PUBLIC_KEY + ".location", String.class).isPresent()) {
            return null;
        }
        return TokenKeys.publicPem(TokenKeys.of(config.getOptionalValue(Secrets.TOKEN_SIGNING_KEY, String.class),
                Secrets.dataDir(config).resolve("keys")).getPublic());
    }

    @Override
    public int getOrdinal() {
        return 10;
    }

    @Override
    public String getName() {
        return "eldercare token verification key";
    }
}
