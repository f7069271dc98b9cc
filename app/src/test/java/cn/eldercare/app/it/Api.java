package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** A black-box client of the running server, as any HTTP client would use it. */
public final class Api {

    public static final String BASE = System.getProperty("it.baseUrl", "http://127.0.0.1:18080");
    public static final String PASSWORD = "Demo#2026";
    private static final HttpApi SERVER = new HttpApi(BASE);
    private static volatile boolean ready;

    /** A response: status, content type and body, parsed as JSON when it is JSON. */
    public record Reply(int status, String contentType, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    private Api() {
    }

    /** Waits for the server started by the build to be ready (deployment takes minutes on a loaded machine). */
    public static void awaitReady() {
        if (!ready && !SERVER.awaitReady(Duration.ofMinutes(10))) {
            throw new IllegalStateException("server at " + BASE + " not ready");
        }
        ready = true;
    }

    public static String token(String username) {
        awaitReady();
        return SERVER.token(username);
    }

    /** Signs the user in afresh on the next call: for a test that ended the user's tokens. */
    public static void forget(String username) {
        SERVER.forget(username);
    }

    public static Reply get(String user, String path) {
        awaitReady();
        return SERVER.get(user, path);
    }

    public static Reply post(String user, String path, JsonValue body) {
        awaitReady();
        return SERVER.post(user, path, body);
    }

    public static Reply put(String user, String path, JsonValue body) {
        awaitReady();
        return SERVER.put(user, path, body);
    }

    public static Reply raw(String user, String method, String path, String contentType, byte[] body, String language) {
        awaitReady();
        return SERVER.raw(user, method, path, contentType, body, language);
    }

    /**
     * The first item of the user's pending queue that matches, waiting for the read model, which follows
     * the ledger a moment after a write is acknowledged; empty if none appears within about ten seconds.
     */
    public static Optional<JsonObject> awaitPending(String user, Predicate<JsonObject> which) {
        for (int i = 0; i < 200; i++) {
            Optional<JsonObject> found = get(user, "/api/timebank/services/pending?size=100").json().getJsonArray("items")
                    .stream().map(JsonValue::asJsonObject).filter(which).findFirst();
            if (found.isPresent()) {
                return found;
            }
            sleep(50);
        }
        return Optional.empty();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
