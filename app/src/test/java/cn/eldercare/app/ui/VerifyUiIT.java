package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public verification page, the QR code's landing page: no sign-in, linked from the shell, same language and elder mode. */
class VerifyUiIT {

    @Test
    void qrCodeLandingPageVerifiesWithoutSigningIn() {
        JsonObject me = Api.get("caregiver", "/api/auth/me").json();
        JsonObject certificate = Api.get("caregiver", "/api/caregivers/" + me.getJsonNumber("caregiverId") + "/certificates").json()
                .getJsonArray("issued").getValuesAs(JsonObject.class).stream().filter(c -> "VALID".equals(c.getString("status")))
                .findFirst().orElseThrow();
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.go("/");
            b.click("a[href='verify.html']");
            b.waitText("h1", "证书查验");
            b.go("/verify.html?code=" + certificate.getString("verificationCode"));
            String result = b.waitText("#result", "有效");
            assertTrue(result.contains(certificate.getString("number")), result);
            // local dates in the reader's language, never ISO: 2026年12月8日, not 2026-12-08
            assertTrue(result.contains("年") && !result.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), result);
            assertTrue(result.contains("第 1 版"), result);
            // on a phone-sized screen the answer is above the fold, before the forms
            Number bottom = (Number) b.script("return document.querySelector('#result dl').getBoundingClientRect().bottom");
            Number fold = (Number) b.script("return window.innerHeight");
            assertTrue(bottom.doubleValue() <= fold.doubleValue(), "result ends at " + bottom + " px, the screen at " + fold);
            assertTrue((Boolean) b.script("return document.querySelector('#result').getBoundingClientRect().top"
                    + " < document.querySelector('#by-number').getBoundingClientRect().top"), "the result comes before the forms");
            b.assertAccessible("verification result (zh)");

            b.click("#large");
            assertEquals("true", b.find("#large").getAttribute("aria-pressed"));
            b.waitText("#large .state", "开");
            b.click("#lang");
            b.waitText("h1", "verification");
            String english = b.waitText("#result", "Valid");
            assertTrue(english.contains("version 1") && english.matches("(?s).*(January|February|March|April|May|June|July|August|September|October|November|December).*"),
                    english);
            assertTrue(english.contains("Training completion certificate") || english.contains("Vocational skill level certificate"), english);
            b.assertAccessible("verification page, elder mode (en)");
            b.click("a[href='./']");
            b.find("#login-form");
            assertTrue(b.isElder() && b.isEnglish(), "the shell keeps the language and elder mode chosen on the public page");
        }
    }
}
