package cn.eldercare.app.ui;

import cn.eldercare.app.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

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
            b.assertAccessible("verification result (zh)");

            b.click("#large");
            b.click("#lang");
            b.waitText("h1", "verification");
            b.assertAccessible("verification page, elder mode (en)");
            b.click("a[href='./']");
            b.find("#login-form");
            assertTrue(b.isElder() && b.isEnglish(), "the shell keeps the language and elder mode chosen on the public page");
        }
    }
}
