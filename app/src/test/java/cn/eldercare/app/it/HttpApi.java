package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A black-box client of one running server, signed in as any demo user by name. */
final class HttpApi {

    /** HTTP/1.1: over HTTP/2 the JDK client never sees an early 413 for an oversized body. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    HttpApi(String base) {
        this.base = base;
    }

    /** True once the server answers ready within the time given, polling four times a second. */
    boolean awaitReady(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).GET()).status() == 200) {
                    return true;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Api.sleep(250);
        }
        return false;
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            Api.Reply r = post(null, "/api/auth/login", Json.createObjectBuilder().add("username", u)
                    .add("password", Api.PASSWORD).build());
            if (r.status() != 200) {
                throw new IllegalStateException("login of " + u + " failed: " + r);
            }
            return r.json().getString("token");
        });
    }

    void forget(String username) {
        tokens.remove(username);
    }

    Api.Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    Api.Reply post(String user, String path, JsonValue body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString())));
    }

    Api.Reply put(String user, String path, JsonValue body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Api.Reply raw(String user, String method, String path, String contentType, byte[] body, String language) {
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

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return b;
    }

    private static Api.Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
