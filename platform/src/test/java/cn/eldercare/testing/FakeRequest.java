package cn.eldercare.testing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as filters see it ({@link ContainerRequestContext}), for unit tests: headers, acceptable
 * languages, a security context, a body; it records what a filter aborts with or replaces.
 */
public final class FakeRequest {

    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Locale> languages = new ArrayList<>();
    private SecurityContext security = anonymous(false);
    private MediaType mediaType;
    private int length = -1;
    private InputStream entity;
    private Response aborted;
    private boolean securityReplaced;

    public FakeRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public FakeRequest language(String tag) {
        languages.add(Locale.forLanguageTag(tag));
        return this;
    }

    public FakeRequest secure() {
        security = anonymous(true);
        return this;
    }

    /** The principal the container authenticated, over the transport {@link #secure()} chose. */
    public FakeRequest caller(Principal principal) {
        boolean secure = security.isSecure();
        security = new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
        return this;
    }

    public FakeRequest body(MediaType type, byte[] bytes, boolean declareLength) {
        this.mediaType = type;
        this.entity = new ByteArrayInputStream(bytes);
        this.length = declareLength ? bytes.length : -1;
        return this;
    }

    public FakeRequest declaredLength(MediaType type, int length) {
        this.mediaType = type;
        this.length = length;
        this.entity = new ByteArrayInputStream(new byte[0]);
        return this;
    }

    public Response aborted() {
        return aborted;
    }

    public SecurityContext security() {
        return security;
    }

    public boolean securityReplaced() {
        return securityReplaced;
    }

    public InputStream entity() {
        return entity;
    }

    public ContainerRequestContext context() {
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> headers.get((String) args[0]);
                    case "getAcceptableLanguages" -> List.copyOf(languages);
                    case "getSecurityContext" -> security;
                    case "setSecurityContext" -> {
                        security = (SecurityContext) args[0];
                        securityReplaced = true;
                        yield null;
                    }
                    case "abortWith" -> {
                        if (aborted != null) {
                            throw new IllegalStateException("aborted twice");
                        }
                        aborted = (Response) args[0];
                        yield null;
                    }
                    case "getMediaType" -> mediaType;
                    case "getLength" -> length;
                    case "hasEntity" -> entity != null;
                    case "getEntityStream" -> entity;
                    case "setEntityStream" -> {
                        entity = (InputStream) args[0];
                        yield null;
                    }
                    case "toString" -> "FakeRequest" + headers;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static SecurityContext anonymous(boolean secure) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }
}
