package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's own {@code /openapi} document: every operation has a summary and a description in Chinese and English,
 * refers to the shared problem+json error responses, and documents the errors it actually answers to a caller
 * without a token and to the regulator reading something that does not exist.
 */
class OpenApiDocumentationIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}( [A-Za-z]+)+");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Operation(String method, String path, JsonObject body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static JsonObject document;
    private static final List<Operation> OPERATIONS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException, InterruptedException {
        Api.awaitReady();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi")).header("Accept", "application/json"));
        assertEquals(200, r.statusCode(), r::body);
        document = Json.createReader(new StringReader(r.body())).readObject();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (METHODS.contains(method) && path.startsWith("/api/")) {
                OPERATIONS.add(new Operation(method, path, op.asJsonObject()));
            }
        }));
        assertTrue(OPERATIONS.size() > 70, "operations documented: " + OPERATIONS.size());
    }

    @Test
    void everyOperationHasASummaryAndADescriptionInChineseAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            String summary = op.body().getString("summary", "");
            String description = op.body().getString("description", "");
            String[] titles = summary.split(" / ", 2);
            if (titles.length < 2 || !CHINESE.matcher(titles[0]).find() || !titles[1].matches("[A-Z][^\\p{IsHan}]+")) {
                missing.add(op + " summary \"" + summary + "\"");
            }
            String[] languages = description.split("\n\n", 2);
            if (languages.length < 2 || !CHINESE.matcher(languages[0]).find() || !ENGLISH.matcher(languages[1]).find()
                    || CHINESE.matcher(languages[1].replaceAll("\"[^\"]*\"", "")).find()) {
                missing.add(op + " description \"" + description + "\"");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyErrorResponseIsAProblemDefinedOnce() {
        JsonObject shared = document.getJsonObject("components").getJsonObject("responses");
        shared.forEach((name, response) -> assertTrue(response.asJsonObject().getJsonObject("content")
                .containsKey("application/problem+json"), name + " is application/problem+json"));
        List<String> wrong = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            JsonObject responses = op.body().getJsonObject("responses");
            if (!responses.containsKey("default") && responses.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                wrong.add(op + " has no success response");
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    String ref = response.asJsonObject().getString("$ref", "");
                    String name = ref.substring(ref.lastIndexOf('/') + 1);
                    if (!shared.containsKey(name) || !code.equals(responseCode(name))) {
                        wrong.add(op + " " + code + " refers to \"" + ref + "\"");
                    }
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    /** Every operation called without a token answers with a status it documents. */
    @Test
    void whatAnAnonymousCallerGetsIsDocumented() throws IOException, InterruptedException {
        List<String> undocumented = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + concrete(op.path())))
                    .header("X-Forwarded-For", "198.51.100." + (1 + OPERATIONS.indexOf(op)));
            JsonObject body = op.body().getJsonObject("requestBody");
            if (body != null) {
                String type = body.getJsonObject("content").keySet().iterator().next();
                request.header("Content-Type", type.contains("*") ? "application/json" : type)
                        .method(op.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : ""));
            } else {
                request.method(op.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
            }
            int status = send(request).statusCode();
            if (status >= 400 && !op.body().getJsonObject("responses").containsKey(String.valueOf(status))) {
                undocumented.add(op + " answered " + status);
            }
        }
        assertEquals(List.of(), undocumented);
    }

    /** Every read of something that does not exist, as the regulator, answers with a status it documents. */
    @Test
    void whatTheRegulatorGetsForMissingThingsIsDocumented() throws IOException, InterruptedException {
        String token = Api.token("regulator");
        List<String> undocumented = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            if (!op.method().equals("get")) {
                continue;
            }
            int status = send(HttpRequest.newBuilder(URI.create(Api.BASE + concrete(op.path())))
                    .header("Authorization", "Bearer " + token)).statusCode();
            if (status >= 400 && !op.body().getJsonObject("responses").containsKey(String.valueOf(status))) {
                undocumented.add(op + " answered " + status);
            }
        }
        assertEquals(List.of(), undocumented);
    }

    private static String responseCode(String name) {
        return Map.of("BadRequest", "400", "Unauthorized", "401", "Forbidden", "403", "NotFound", "404", "Conflict", "409",
                "TooLarge", "413", "Unprocessable", "422", "TooManyRequests", "429", "Unavailable", "503").get(name);
    }

    /** The path with every parameter filled with a value that names nothing. */
    private static String concrete(String path) {
        return path.replace("{code}", "NOSUCHCODE").replace("{level}", "5").replaceAll("\\{[A-Za-z]+}", "999999");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
