package cn.eldercare.platform.security;

import cn.eldercare.platform.problem.Problem;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.testing.FakeRequest;
import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link Allow} and {@link Public} as the feature applies them, driven without a container. */
class AuthorizationFeatureTest {

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    static class Methods {
        @Public
        public void open() {
        }

        @Allow
        public void anyoneSignedIn() {
        }

        @Allow({Role.BASE_STAFF, Role.ASSESSOR})
        public void baseRoles() {
        }

        public void forgotten() {
        }
    }

    @Public
    static class PublicClass {
        public void inherits() {
        }

        @Allow(Role.REGULATOR)
        public void guarded() {
        }
    }

    @Allow(Role.BASE_STAFF)
    static class StaffClass {
        public void inherits() {
        }

        @Allow(Role.REGULATOR)
        public void overridden() {
        }

        @Public
        public void open() {
        }
    }

    /** The filters the feature registers for one resource method. */
    private static List<ContainerRequestFilter> configure(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        ResourceInfo info = (ResourceInfo) Proxy.newProxyInstance(AuthorizationFeatureTest.class.getClassLoader(),
                new Class<?>[]{ResourceInfo.class}, (p, im, args) -> switch (im.getName()) {
                    case "getResourceMethod" -> m;
                    case "getResourceClass" -> type;
                    default -> throw new UnsupportedOperationException(im.getName());
                });
        List<ContainerRequestFilter> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(AuthorizationFeatureTest.class.getClassLoader(),
                new Class<?>[]{FeatureContext.class}, (p, im, args) -> {
                    if (im.getName().equals("register") && args[0] instanceof ContainerRequestFilter f) {
                        registered.add(f);
                        return p;
                    }
                    throw new UnsupportedOperationException(im.getName());
                });
        new AuthorizationFeature().configure(info, context);
        return registered;
    }

    /** The roles a method lets through, found by trying every role; null when the method is public (no check). */
    private static Set<Role> allowed(Class<?> type, String method) throws Exception {
        List<ContainerRequestFilter> filters = configure(type, method);
        if (filters.isEmpty()) {
            return null;
        }
        assertEquals(1, filters.size());
        Set<Role> through = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            FakeRequest r = new FakeRequest().caller(new Caller(1, "u", role, 10L, null));
            filters.get(0).filter(r.context());
            if (r.aborted() == null) {
                through.add(role);
            } else {
                assertEquals(403, r.aborted().getStatus(), "a signed-in caller in the wrong role");
                assertEquals("FORBIDDEN", ((Problem) r.aborted().getEntity()).code());
            }
        }
        return through;
    }

    @Test
    void publicMethodsAreNotChecked() throws Exception {
        assertNull(allowed(Methods.class, "open"));
        assertNull(allowed(PublicClass.class, "inherits"));
        assertNull(allowed(StaffClass.class, "open"), "@Public on the method wins over @Allow on the class");
    }

    @Test
    void allowWithoutRolesMeansAnySignedInUser() throws Exception {
        assertEquals(EnumSet.allOf(Role.class), allowed(Methods.class, "anyoneSignedIn"));
    }

    @Test
    void allowListsTheRoles() throws Exception {
        assertEquals(EnumSet.of(Role.BASE_STAFF, Role.ASSESSOR), allowed(Methods.class, "baseRoles"));
        assertEquals(EnumSet.of(Role.BASE_STAFF), allowed(StaffClass.class, "inherits"), "from the class");
        assertEquals(EnumSet.of(Role.REGULATOR), allowed(StaffClass.class, "overridden"), "the method's own wins");
        assertEquals(EnumSet.of(Role.REGULATOR), allowed(PublicClass.class, "guarded"), "@Allow on a method of a public class");
    }

    @Test
    void aMethodWithNeitherAnnotationIsClosedToEveryone() throws Exception {
        assertEquals(EnumSet.noneOf(Role.class), allowed(Methods.class, "forgotten"));
    }

    @Test
    void noCallerIsUnauthenticatedNotForbidden() throws Exception {
        for (String method : List.of("anyoneSignedIn", "baseRoles", "forgotten")) {
            FakeRequest r = new FakeRequest().language("en-US");
            configure(Methods.class, method).get(0).filter(r.context());
            Response aborted = r.aborted();
            assertEquals(401, aborted.getStatus(), method);
            assertEquals("Bearer", aborted.getHeaderString("WWW-Authenticate"));
            assertEquals(ProblemResponses.PROBLEM_JSON, aborted.getMediaType());
            Problem p = (Problem) aborted.getEntity();
            assertEquals("UNAUTHENTICATED", p.code());
            assertEquals("Not signed in, or the session has expired", p.title());
        }
    }

    @Test
    void theRefusalSpeaksTheCallersLanguage() throws Exception {
        FakeRequest zh = new FakeRequest().caller(new Caller(1, "u", Role.CAREGIVER, null, 5L));
        configure(Methods.class, "baseRoles").get(0).filter(zh.context());
        assertEquals("您的角色无权执行此操作", ((Problem) zh.aborted().getEntity()).title());
        FakeRequest en = new FakeRequest().language("en").caller(new Caller(1, "u", Role.CAREGIVER, null, 5L));
        configure(Methods.class, "baseRoles").get(0).filter(en.context());
        assertEquals("Your role may not do this", ((Problem) en.aborted().getEntity()).title());
    }
}
