package cn.eldercare.platform.security;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * Reads the bearer token, if any, and makes its caller the request's principal, once the signature
 * holds and {@link SessionCheck} confirms that the account is active and the token was not revoked.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Inject
    TokenCodec tokens;
    @Inject
    SessionCheck sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(unauthorized(request));
            return;
        }
        tokens.verify(header.substring(7).trim(), Instant.now()).filter(sessions::isCurrent).ifPresentOrElse(
                token -> request.setSecurityContext(new CallerContext(token.caller(), request.getSecurityContext().isSecure())),
                () -> request.abortWith(unauthorized(request)));
    }

    static jakarta.ws.rs.core.Response unauthorized(ContainerRequestContext request) {
        return jakarta.ws.rs.core.Response.fromResponse(ProblemResponses.build(401, "UNAUTHENTICATED",
                        Text.of("未登录或登录已过期", "Not signed in, or the session has expired"), List.of(),
                        ProblemResponses.locale(request.getAcceptableLanguages())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.role().name().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
