package cn.eldercare.testing;

import cn.eldercare.platform.security.TokenIssuer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens for tests without Payara: a key pair, an issuer, and a verifier that checks what Payara's MicroProfile JWT
 * checks (RS256 only, typ JWT, the issuer, iss/sub/exp/iat/jti present, not expired, no clock skew), giving the
 * claims as a {@link JsonWebToken} the way the session filter reads them.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:eldercare:test";
    public static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static TokenIssuer issuer() {
        return new TokenIssuer(KEYS.getPrivate(), ISSUER);
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<JsonWebToken> verify(String token) {
        return verify(token, KEYS.getPublic());
    }

    public static Optional<JsonWebToken> verify(String token, PublicKey key) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, key));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("iss", "sub", "exp", "iat", "jti"));
        claims.setMaxClockSkew(0);
        processor.setJWTClaimsSetVerifier(claims);
        try {
            return Optional.of(jsonWebToken(processor.process(token, null)));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The claims as MicroProfile JWT gives them: times in epoch seconds, groups as a set. */
    public static JsonWebToken jsonWebToken(JWTClaimsSet claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.getClaim("upn");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.getClaims().keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                Object value = claims.getClaim(name);
                if (value instanceof Date d) {
                    return (T) Long.valueOf(d.getTime() / 1000);
                }
                if (value instanceof Collection<?> c) {
                    return (T) new HashSet<>(c);
                }
                return (T) value;
            }
        };
    }
}
