package cn.eldercare.testing;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Just enough of a JAX-RS runtime to build {@link Response}s (status, entity, headers) outside a container,
 * so filters and exception mappers can be unit tested. The module has no JAX-RS implementation on its test
 * class path. Install it for a test class and uninstall it afterwards.
 */
public final class MinimalRuntimeDelegate extends RuntimeDelegate {

    public static void install() {
        RuntimeDelegate.setInstance(new MinimalRuntimeDelegate());
    }

    public static void uninstall() {
        RuntimeDelegate.setInstance(null);
    }

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
        return new Builder();
    }

    @Override
    public UriBuilder createUriBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Variant.VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        throw new UnsupportedOperationException("no header delegate for " + type);
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Application application, SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Class<? extends Application> clazz, SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EntityPart.Builder createEntityPartBuilder(String partName) {
        throw new UnsupportedOperationException();
    }

    private static final class Builder extends Response.ResponseBuilder {
        private int status = 200;
        private String reason;
        private Object entity;
        private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        @Override
        public Response build() {
            return new SimpleResponse(status, reason, entity, headers);
        }

        @Override
        @SuppressWarnings("MethodDoesntCallSuperMethod")
        public Response.ResponseBuilder clone() {
            Builder b = new Builder();
            b.status = status;
            b.reason = reason;
            b.entity = entity;
            headers.forEach((k, v) -> b.headers.addAll(k, v));
            return b;
        }

        @Override
        public Response.ResponseBuilder status(int status) {
            return status(status, null);
        }

        @Override
        public Response.ResponseBuilder status(int status, String reasonPhrase) {
            this.status = status;
            this.reason = reasonPhrase;
            return this;
        }

        @Override
        public Response.ResponseBuilder entity(Object entity) {
            this.entity = entity;
            return this;
        }

        @Override
        public Response.ResponseBuilder entity(Object entity, Annotation[] annotations) {
            return entity(entity);
        }

        @Override
        public Response.ResponseBuilder header(String name, Object value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.add(name, value);
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder replaceAll(MultivaluedMap<String, Object> replacement) {
            headers.clear();
            if (replacement != null) {
                replacement.forEach((k, v) -> headers.addAll(k, v));
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder type(MediaType type) {
            headers.putSingle(HttpHeaders.CONTENT_TYPE, type);
            return this;
        }

        @Override
        public Response.ResponseBuilder allow(String... methods) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder allow(Set<String> methods) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder cacheControl(CacheControl cacheControl) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder encoding(String encoding) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder language(String language) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder language(Locale language) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder type(String type) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder variant(Variant variant) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder contentLocation(URI location) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder cookie(NewCookie... cookies) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder expires(Date expires) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder lastModified(Date lastModified) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder location(URI location) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder tag(EntityTag tag) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder tag(String tag) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder variants(Variant... variants) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder variants(List<Variant> variants) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder links(Link... links) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder link(URI uri, String rel) { throw new UnsupportedOperationException(); }
        @Override
        public Response.ResponseBuilder link(String uri, String rel) { throw new UnsupportedOperationException(); }
    }

    private static final class SimpleResponse extends Response {
        private final int status;
        private final String reason;
        private final Object entity;
        private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        SimpleResponse(int status, String reason, Object entity, MultivaluedMap<String, Object> headers) {
            this.status = status;
            this.reason = reason;
            this.entity = entity;
            headers.forEach((k, v) -> this.headers.addAll(k, v));
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public StatusType getStatusInfo() {
            Status known = Status.fromStatusCode(status);
            return new StatusType() {
                @Override
                public int getStatusCode() {
                    return status;
                }

                @Override
                public Status.Family getFamily() {
                    return Status.Family.familyOf(status);
                }

                @Override
                public String getReasonPhrase() {
                    return reason != null ? reason : known != null ? known.getReasonPhrase() : "";
                }
            };
        }

        @Override
        public Object getEntity() {
            return entity;
        }

        @Override
        public boolean hasEntity() {
            return entity != null;
        }

        @Override
        public MediaType getMediaType() {
            return (MediaType) headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            return headers;
        }

        @Override
        public String getHeaderString(String name) {
            List<Object> values = headers.get(name);
            return values == null ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        @Override
        public void close() {
        }

        @Override
        public <T> T readEntity(Class<T> entityType) { throw new UnsupportedOperationException(); }
        @Override
        public <T> T readEntity(GenericType<T> entityType) { throw new UnsupportedOperationException(); }
        @Override
        public <T> T readEntity(Class<T> entityType, Annotation[] annotations) { throw new UnsupportedOperationException(); }
        @Override
        public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) { throw new UnsupportedOperationException(); }
        @Override
        public boolean bufferEntity() { throw new UnsupportedOperationException(); }
        @Override
        public Locale getLanguage() { throw new UnsupportedOperationException(); }
        @Override
        public int getLength() { return -1; }
        @Override
        public Set<String> getAllowedMethods() { throw new UnsupportedOperationException(); }
        @Override
        public Map<String, NewCookie> getCookies() { throw new UnsupportedOperationException(); }
        @Override
        public EntityTag getEntityTag() { throw new UnsupportedOperationException(); }
        @Override
        public Date getDate() { throw new UnsupportedOperationException(); }
        @Override
        public Date getLastModified() { throw new UnsupportedOperationException(); }
        @Override
        public URI getLocation() { throw new UnsupportedOperationException(); }
        @Override
        public Set<Link> getLinks() { throw new UnsupportedOperationException(); }
        @Override
        public boolean hasLink(String relation) { throw new UnsupportedOperationException(); }
        @Override
        public Link getLink(String relation) { throw new UnsupportedOperationException(); }
        @Override
        public Link.Builder getLinkBuilder(String relation) { throw new UnsupportedOperationException(); }
        @Override
        public MultivaluedMap<String, String> getStringHeaders() { throw new UnsupportedOperationException(); }
    }
}
