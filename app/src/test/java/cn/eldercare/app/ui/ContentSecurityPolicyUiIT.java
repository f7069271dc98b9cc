package cn.eldercare.app.ui;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Each role's main screens run under the server's Content-Security-Policy without one violation: no inline script,
 * inline event handler or style attribute is left for the policy to block (and the page to lose).
 */
class ContentSecurityPolicyUiIT {

    @Test
    void theMainScreensRunUnderThePolicyWithoutAViolation() {
        try (Browser b = Browser.open(Browser.DESKTOP)) {
            Map<String, List<String>> violations = new LinkedHashMap<>();
            b.go("/");
            b.find("#login-form");
            violations.put("sign-in", b.cspViolations());
            b.go("/verify.html");
            b.find("#by-number");
            violations.put("verify", b.cspViolations());

            screen(b, violations, "caregiver", "/#/courses", "#course-list .card");
            b.go("/#/mine");
            b.find("[data-enrolment] .progress-bar");
            assertFalse(String.valueOf(b.script("return document.querySelector('[data-enrolment] .progress-bar').style.width"))
                    .isEmpty(), "the hours bar is sized without a style attribute");
            violations.put("caregiver /#/mine", b.cspViolations());
            screen(b, violations, "volunteer", "/", ".balance-value");
            b.elder(true);
            b.go("/");
            b.find(".balance-value");
            violations.put("volunteer in elder mode", b.cspViolations());
            b.elder(false);
            screen(b, violations, "station", "/#/pending", "form[data-record]");
            screen(b, violations, "zz-staff", "/", "a[href^='#/course/']");
            screen(b, violations, "regulator", "/", "canvas#hours");

            violations.values().removeIf(List::isEmpty);
            assertEquals(Map.of(), violations);

            // The policy is in force and its violations are seen: an injected inline script neither runs nor goes unreported.
            b.script("const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.head.append(s);");
            assertNull(b.script("return window.injected"));
            assertFalse(b.cspViolations().isEmpty(), "the blocked inline script is reported");
        }
    }

    private static void screen(Browser b, Map<String, List<String>> violations, String user, String path, String ready) {
        b.go("/");
        if (b.all("#logout").stream().anyMatch(e -> e.isDisplayed())) {
            b.click("#logout");
        }
        b.login(user);
        b.go(path);
        b.find(ready);
        violations.put(user + " " + path, b.cspViolations());
    }
}
