package cn.eldercare.app.bench;

import static cn.eldercare.app.bench.Report.json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;

/** The requests the time-bank drivers build and the few they send one at a time (sign-in, registration). */
final class BenchApi {

    static final String PASSWORD = "Demo#2026";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    BenchApi(String base) {
        this.base = base;
    }

    String login(String username) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build().toString();
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return json(send(r, 200)).getString("token");
    }

    /** The station registers a person (ID number {@code n} of the load's own series), with an account when a username is given. */
    String join(String station, int n, String name, boolean volunteer, String username) throws IOException, InterruptedException {
        var b = Json.createObjectBuilder().add("name", name).add("idNumber", TrainingLoad.idNumber(n))
                .add("regionCode", "410105").add("volunteer", volunteer).add("recipient", !volunteer);
        if (username != null) {
            b.add("username", username).add("password", PASSWORD);
        }
        return json(send(post(station, "/api/timebank/members", b.build().toString()), 201)).getString("memberId");
    }

    String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + ": " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    HttpRequest post(String token, String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
