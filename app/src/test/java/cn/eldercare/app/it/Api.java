package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A black-box client of the running server, as any HTTP client would use it. */
public final class Api {

    public static final String BASE = System.getProperty("it.baseUrl", "http://127.0.0.1:18080");
    public static final String PASSWORD = "Demo#2026";
    /** HTTP/1.1: over HTTP/2 the JDK client never sees an early 413 for an oversized body. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
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
        if (ready) {
            return;
        }
        Instant deadline = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready")).GET()).status() == 200) {
                    ready = true;
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            sleep(1000);
        }
        throw new IllegalStateException("server at " + BASE + " not ready");
    }

    public static String token(String username) {
        awaitReady();
        return TOKENS.computeIfAbsent(username, u -> {
            Reply r = post(null, "/api/auth/login", Json.createObjectBuilder().add("username", u).add("password", PASSWORD).build());
            if (r.status() != 200) {
                throw new IllegalStateException("login of " + u + " failed: " + r);
            }
            return r.json().getString("token");
        });
    }

    public static Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    public static Reply post(String user, String path, JsonValue body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString())));
    }

    public static Reply put(String user, String path, JsonValue body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static Reply raw(String user, String method, String path, String contentType, byte[] body, String language) {
        HttpRequest.Builder b = request(user, path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return send(b);
    }

    private static HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
