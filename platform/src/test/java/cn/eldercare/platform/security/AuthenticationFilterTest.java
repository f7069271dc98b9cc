package cn.eldercare.platform.security;

import cn.eldercare.platform.problem.Problem;
import cn.eldercare.testing.FakeRequest;
import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bearer-token filter, with a real codec and no container. */
class AuthenticationFilterTest {

    private static final TokenCodec CODEC = new TokenCodec("test-signing-key-test-signing-key".getBytes(StandardCharsets.US_ASCII));
    private static final Caller STAFF = new Caller(3, "zz-staff", Role.BASE_STAFF, 1000L, null);

    private final AuthenticationFilter filter = new AuthenticationFilter();

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
        filter.tokens = CODEC;
        filter.sessions = token -> token.version() == 0;
    }

    private static String valid() {
        return CODEC.issue(STAFF, 0, "s1", Instant.now().plusSeconds(3600));
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
    void aValidTokenMakesItsCallerThePrincipal() {
        FakeRequest r = run(new FakeRequest().secure().header("Authorization", "Bearer " + valid()));
        assertNull(r.aborted());
        SecurityContext s = r.security();
        assertEquals(STAFF, s.getUserPrincipal());
        assertEquals(STAFF, Callers.of(s));
        assertEquals("zz-staff", s.getUserPrincipal().getName());
        assertTrue(s.isUserInRole("BASE_STAFF"));
        assertFalse(s.isUserInRole("REGULATOR"));
        assertEquals("Bearer", s.getAuthenticationScheme());
        assertTrue(s.isSecure(), "keeps the transport's security");
    }

    @Test
    void theSchemeIsCaseInsensitiveAndTheTokenTrimmed() {
        FakeRequest r = run(new FakeRequest().header("Authorization", "bearer   " + valid() + "  "));
        assertNull(r.aborted());
        assertEquals(STAFF, r.security().getUserPrincipal());
    }

    @Test
    void badCredentialsAreRefusedWith401() {
        String expired = CODEC.issue(STAFF, 0, "s1", Instant.now().minusSeconds(1));
        String foreign = new TokenCodec(new byte[32]).issue(STAFF, 0, "s1", Instant.now().plusSeconds(3600));
        String revoked = CODEC.issue(STAFF, 1, "s1", Instant.now().plusSeconds(3600));
        for (String header : new String[]{"Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer garbage", "Bearer " + expired,
                "Bearer " + foreign, "Token " + valid(), "Bearer " + revoked}) {
            FakeRequest r = run(new FakeRequest().language("en").header("Authorization", header));
            assertEquals(401, r.aborted().getStatus(), header);
            assertEquals("Bearer", r.aborted().getHeaderString("WWW-Authenticate"));
            assertEquals("UNAUTHENTICATED", ((Problem) r.aborted().getEntity()).code());
            assertFalse(r.securityReplaced());
        }
    }
}
