package cn.eldercare.platform.security;

import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;

/**
 * Payara's MicroProfile JWT has verified the bearer token's signature, issuer and expiry (and answered 401 itself
 * to one that fails). This filter, before {@code @RolesAllowed} is checked, asks {@link SessionCheck} whether
 * the account is active and the token not revoked, and makes its {@link Caller} the request's principal.
 * An Authorization header the mechanism took for no bearer token ("Basic …", "Bearer" alone) is refused too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    @Inject
    SessionCheck sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        boolean secure = request.getSecurityContext().isSecure();
        (principal instanceof JsonWebToken jwt ? SignedToken.of(jwt) : Optional.<SignedToken>empty())
                .filter(sessions::isCurrent)
                .ifPresentOrElse(token -> request.setSecurityContext(new CallerContext(token.caller(), secure)),
                        () -> request.abortWith(ProblemResponses.unauthenticated(ProblemResponses.locale(request.getAcceptableLanguages()))));
    }

    /** The caller in the role its token names; {@link Roles#SIGNED_IN} is any caller's. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Roles.SIGNED_IN.equals(role) || caller.role().name().equals(role);
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
