package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Screenshots of each role's main screen for docs/screenshots, taken only on request
 * ({@code -Dui.screenshots=/path/to/docs/screenshots}) so test runs never rewrite the committed images.
 */
class ScreenshotsUiIT {

    private static final String DIR = System.getProperty("ui.screenshots", "");

    @ParameterizedTest
    @ValueSource(ints = {Browser.PHONE, Browser.DESKTOP})
    void mainScreens(int width) throws IOException {
        Assumptions.assumeFalse(DIR.isBlank(), "screenshots are taken only with -Dui.screenshots=<directory>");
        String size = width == Browser.PHONE ? "phone" : "desktop";
        try (Browser b = Browser.open(width)) {
            b.go("/");
            b.find("#login-form");
            save(b, "sign-in-" + size);
            b.go("/verify.html");
            b.find("#by-number");
            save(b, "public-verify-" + size);
            b.go("/verify.html?code=" + Api.get("regulator", "/api/certificates?size=1").json().getJsonArray("items")
                    .getJsonObject(0).getString("verificationCode"));
            b.find("#result dl");
            save(b, "public-verify-qr-" + size);

            shoot(b, "caregiver", "/#/courses", "#course-list .card", "caregiver-courses-" + size);
            b.go("/#/mine");
            b.find("[data-enrolment]");
            save(b, "caregiver-hours-" + size);
            b.go("/#/eligibility");
            b.find("[data-occupation] .badge");
            save(b, "caregiver-eligibility-" + size);
            b.go("/#/certificates");
            b.find("[data-certificate] .version");
            save(b, "caregiver-certificates-" + size);
            shoot(b, "volunteer", "/", ".balance-value", "volunteer-" + size);
            b.elder(true);
            save(b, "volunteer-elder-" + size);
            b.click("#speak-toggle");
            b.find(".balance-value + .speak");
            save(b, "volunteer-elder-read-aloud-" + size);
            b.click("#speak-toggle");
            b.go("/#/waiting");
            b.find(".waiting");
            save(b, "volunteer-waiting-elder-" + size);
            b.elder(false);
            shoot(b, "station", "/#/pending", "form[data-record]", "station-queue-" + size);
            b.go("/#/relatives");
            b.find("#relative-form");
            save(b, "station-relatives-" + size);
            shoot(b, "zz-staff", "/", "a[href^='#/course/']", "base-staff-" + size);
            shoot(b, "zz-assessor", "/", "a[href^='#/course/']", "assessor-" + size);
            b.click("a[href^='#/course/']");
            b.find("table.scores");
            save(b, "assessor-scores-" + size);
            shoot(b, "regulator", "/", "canvas#hours", "regulator-dashboard-" + size);
        }
    }

    private static void shoot(Browser b, String user, String path, String ready, String name) throws IOException {
        b.go("/");
        if (b.all("#logout").stream().anyMatch(e -> e.isDisplayed())) {
            b.click("#logout");
        }
        b.login(user);
        b.go(path);
        b.find(ready);
        save(b, name);
    }

    private static void save(Browser b, String name) throws IOException {
        Path dir = Path.of(DIR);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), b.driver.getScreenshotAs(OutputType.BYTES));
    }
}
