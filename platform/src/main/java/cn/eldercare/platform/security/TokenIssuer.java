package cn.eldercare.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues bearer tokens: RS256-signed JWTs with the claims MicroProfile JWT requires (iss, sub, upn, groups = the
 * role, iat, exp, jti) and those {@link SignedToken} reads back. Payara's MicroProfile JWT verifies them; whether
 * one was revoked since is {@link SessionCheck}'s question.
 */
public final class TokenIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RSASSASigner signer;
    private final String issuer;

    public TokenIssuer(PrivateKey key, String issuer) {
        this.signer = new RSASSASigner(key);
        this.issuer = issuer;
    }

    public String issue(Caller c, int version, String session, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(Long.toString(c.userId()))
                .claim("upn", c.username())
                .claim("groups", List.of(c.role().name()))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(SignedToken.BASE_ID, c.baseId())
                .claim(SignedToken.CAREGIVER_ID, c.caregiverId())
                .claim(SignedToken.TOKEN_VERSION, version)
                .claim(SignedToken.SESSION, session)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** A fresh random session id, as tokens carry it. */
    public static String newSession() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
