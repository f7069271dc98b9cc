package cn.eldercare.platform.json;

import cn.eldercare.platform.problem.Problem;
import cn.eldercare.testing.FakeRequest;
import cn.eldercare.testing.MinimalRuntimeDelegate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoBodyExpectedTest {

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @AfterAll
    static void noRuntime() {
        MinimalRuntimeDelegate.uninstall();
    }

    @SuppressWarnings("unused")
    static class Resource {
        @POST
        public void verify(@Context SecurityContext security) {
        }

        @POST
        public void cancel(@PathParam("id") long id) {
        }

        @POST
        public void create(@PathParam("id") long id, @NotNull @Valid Object in, @Context SecurityContext security) {
        }
    }

    @Test
    void anOperationTakesABodyWhenAParameterIsNeitherParamNorContext() throws NoSuchMethodException {
        assertFalse(NoBodyExpected.takesBody(Resource.class.getMethod("verify", SecurityContext.class)));
        assertFalse(NoBodyExpected.takesBody(Resource.class.getMethod("cancel", long.class)));
        assertTrue(NoBodyExpected.takesBody(Resource.class.getMethod("create", long.class, Object.class, SecurityContext.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"junk\":[1,2]}", "[]", "null", "hello", "{\"rebuild\":true}"})
    void aBodyIsRefusedWhereNoneIsExpected(String body) throws IOException {
        FakeRequest r = new FakeRequest().language("en").body(MediaType.APPLICATION_JSON_TYPE, body.getBytes(StandardCharsets.UTF_8), true);
        new NoBodyExpected.Refusal().filter(r.context());
        assertEquals(400, r.aborted().getStatus());
        Problem p = (Problem) r.aborted().getEntity();
        assertEquals("This operation takes no body", p.title());
        assertEquals("body", p.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", " { } \n"})
    void noBodyOrAnEmptyObjectGoesThrough(String body) throws IOException {
        FakeRequest r = new FakeRequest().body(MediaType.APPLICATION_JSON_TYPE, body.getBytes(StandardCharsets.UTF_8), true);
        new NoBodyExpected.Refusal().filter(r.context());
        assertNull(r.aborted());
    }
}
