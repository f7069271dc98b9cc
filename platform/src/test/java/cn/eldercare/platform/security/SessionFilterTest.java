package cn.eldercare.platform.security;

import cn.eldercare.platform.problem.Problem;
import cn.eldercare.testing.FakeRequest;
import cn.eldercare.testing.MinimalRuntimeDelegate;
import cn.eldercare.testing.TestTokens;
import com.nimbusds.jwt.SignedJWT;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session check after Payara's verification, with the principal Payara would set and no container. */
class SessionFilterTest {

    private static final Caller STAFF = new Caller(3, "zz-staff", Role.BASE_STAFF, 1000L, null);

    private final SessionFilter filter = new SessionFilter();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    /** The tokens the account check refuses: those of version 1 stand for revoked ones, a deactivated or deleted account's. */
    {
        filter.sessions = token -> token.version() == 0;
    }

    /** A verified token of the given version, as Payara's MicroProfile JWT makes it the principal. */
    private static JsonWebToken verified(int version) {
        try {
            String token = TestTokens.issuer().issue(STAFF, version, "s1", Instant.now(), Instant.now().plusSeconds(3600));
            return TestTokens.jsonWebToken(SignedJWT.parse(token).getJWTClaimsSet());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private FakeRequest run(FakeRequest r) {
        filter.filter(r.context());
        return r;
    }

    @Test
    void noHeaderLeavesTheRequestAnonymous() {
        FakeRequest r = run(new FakeRequest());
        assertNull(r.aborted());
        assertFalse(r.securityReplaced());
        assertNull(run(new FakeRequest().header("Authorization", "  ")).aborted());
    }

    @Test
    void aCurrentTokenMakesItsCallerThePrincipal() {
        FakeRequest r = run(new FakeRequest().secure().header("Authorization", "Bearer x").caller(verified(0)));
        assertNull(r.aborted());
        SecurityContext s = r.security();
        assertEquals(STAFF, s.getUserPrincipal());
        assertEquals(STAFF, Callers.of(s));
        assertTrue(s.isUserInRole("BASE_STAFF"));
        assertTrue(s.isUserInRole(Roles.SIGNED_IN), "any signed-in caller");
        assertFalse(s.isUserInRole("REGULATOR"));
        assertEquals("Bearer", s.getAuthenticationScheme());
        assertTrue(s.isSecure(), "keeps the transport's security");
    }

    @Test
    void aRevokedTokenOrAHeaderThatIsNoBearerTokenIsRefusedWith401() {
        Principal basic = () -> "someone";
        for (FakeRequest request : new FakeRequest[]{
                new FakeRequest().header("Authorization", "Bearer x").caller(verified(1)),
                new FakeRequest().header("Authorization", "Basic dXNlcjpwYXNz"),
                new FakeRequest().header("Authorization", "bearer x"),
                new FakeRequest().header("Authorization", "Basic dXNlcjpwYXNz").caller(basic)}) {
            FakeRequest r = run(request.language("en"));
            assertEquals(401, r.aborted().getStatus());
            assertEquals("Bearer", r.aborted().getHeaderString("WWW-Authenticate"));
            Problem p = (Problem) r.aborted().getEntity();
            assertEquals("UNAUTHENTICATED", p.code());
            assertEquals("Not signed in, or the session has expired", p.title());
            assertFalse(r.securityReplaced());
        }
    }
}
