package cn.eldercare.platform.json;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.FieldMessage;
import cn.eldercare.platform.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Operations that take no body (verify the ledger, cancel an enrolment...) refuse one: JAX-RS would ignore
 * it, so a client sending parameters there believes they were used. An empty object is let through, as the
 * web client sends {@code {}} with every POST.
 */
@Provider
public class NoBodyExpected implements DynamicFeature {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class,
            Suspended.class);
    private static final Set<Class<? extends Annotation>> WRITES = Set.of(POST.class, PUT.class, PATCH.class, DELETE.class);
    private static final Pattern EMPTY = Pattern.compile("\\s*(\\{\\s*})?\\s*");

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (WRITES.stream().anyMatch(method::isAnnotationPresent) && !takesBody(method)) {
            context.register(Refusal.class);
        }
    }

    static boolean takesBody(Method method) {
        for (Parameter p : method.getParameters()) {
            if (Arrays.stream(p.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmpty(byte[] body) {
        return EMPTY.matcher(new String(body, StandardCharsets.UTF_8)).matches();
    }

    /** After authentication and authorization, so that a stranger learns no more than 401 or 403. */
    @Priority(Priorities.USER)
    public static class Refusal implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            if (!request.hasEntity()) {
                return;
            }
            byte[] body = request.getEntityStream().readAllBytes();
            if (isEmpty(body)) {
                request.setEntityStream(new ByteArrayInputStream(body));
                return;
            }
            request.abortWith(ProblemResponses.build(400, "UNEXPECTED_BODY",
                    Text.of("此操作不接受请求体", "This operation takes no body"),
                    List.of(new FieldMessage("body", Text.of("应为空", "must be empty"))),
                    ProblemResponses.locale(request.getAcceptableLanguages())));
        }
    }
}
