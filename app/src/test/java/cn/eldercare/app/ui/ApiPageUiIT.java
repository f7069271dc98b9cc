package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interactive API page: Swagger UI, served by the product itself, renders /openapi under the Content-Security-Policy. */
class ApiPageUiIT {

    @Test
    void theApiPageShowsEveryOperationWithItsSummaryWithoutAPolicyViolation() throws IOException, InterruptedException {
        try (Browser b = Browser.open(Browser.DESKTOP)) {
            // Payara builds the document on its first request, which can take longer than a page's wait on a busy machine
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi")).build(),
                    HttpResponse.BodyHandlers.discarding());
            b.go("/api.html");
            b.waitText(".info .title", "Elder-care workforce API");
            b.waitUntil("the operations are listed", () -> b.all(".opblock").size() > 70);
            List<String> summaries = b.all(".opblock-summary-description").stream().map(e -> e.getText()).toList();
            assertTrue(summaries.contains("登录 / Sign in"), "the sign-in operation's summary: " + summaries);
            assertTrue(summaries.stream().allMatch(s -> s.contains(" / ")), "every operation's summary in both languages: " + summaries);

            // an operation opens to its description and the problem+json errors it documents
            b.script("[...document.querySelectorAll('.opblock-summary-description')].find(e => e.textContent === arguments[0])"
                    + ".closest('.opblock').querySelector('.opblock-summary-control').click()", "登录 / Sign in");
            b.waitText(".opblock-description-wrapper", "Signs in with username and password");
            b.waitText(".responses-table", "429");
            assertEquals(List.of(), b.cspViolations());
        }
    }
}
