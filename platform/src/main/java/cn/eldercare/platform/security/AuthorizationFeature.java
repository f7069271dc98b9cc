package cn.eldercare.platform.security;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Enforces {@link Allow} and {@link Public} on every resource method: no caller gets 401,
 * a caller in another role 403. A method with neither annotation is closed, so a forgotten
 * annotation fails safe.
 */
@Provider
public class AuthorizationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> type = info.getResourceClass();
        if (method.isAnnotationPresent(Public.class) || (type.isAnnotationPresent(Public.class) && !method.isAnnotationPresent(Allow.class))) {
            return;
        }
        Allow allow = method.isAnnotationPresent(Allow.class) ? method.getAnnotation(Allow.class) : type.getAnnotation(Allow.class);
        Set<Role> roles = allow == null ? EnumSet.noneOf(Role.class)
                : allow.value().length == 0 ? EnumSet.allOf(Role.class) : EnumSet.copyOf(List.of(allow.value()));
        context.register(new RoleCheck(roles));
    }

    @Priority(Priorities.AUTHORIZATION)
    private record RoleCheck(Set<Role> roles) implements ContainerRequestFilter {
        @Override
        public void filter(jakarta.ws.rs.container.ContainerRequestContext request) {
            if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
                request.abortWith(AuthenticationFilter.unauthorized(request));
            } else if (!roles.contains(caller.role())) {
                request.abortWith(ProblemResponses.build(403, "FORBIDDEN",
                        Text.of("您的角色无权执行此操作", "Your role may not do this"), List.of(),
                        ProblemResponses.locale(request.getAcceptableLanguages())));
            }
        }
    }
}
