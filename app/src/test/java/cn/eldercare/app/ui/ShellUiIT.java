package cn.eldercare.app.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shell: sign-in with the API's field messages in the chosen language, elder mode remembered, sign-out. */
class ShellUiIT {

    @Test
    void signInShowsFieldErrorsInTheUsersLanguage() {
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.go("/");
            assertEquals("zh-CN", b.script("return document.documentElement.lang"), "Chinese is the default");
            b.waitText("h1", "登录");
            b.assertAccessible("sign-in (zh)");

            b.click("#login-form [type=submit]");
            String zh = b.waitText("#f-username-error", "不能为空");
            assertTrue(b.find("#f-password").getAttribute("class").contains("is-invalid"), zh);
            assertFalse(b.find("#login-form").getText().contains("{"), "no raw JSON reaches the user");

            b.english(true);
            b.waitText("h1", "Sign in");
            b.click("#login-form [type=submit]");
            b.waitText("#f-username-error", "must not be blank");
            b.assertAccessible("sign-in (en)");

            // a new name each run: five failures in a row lock a name for 15 minutes
            b.type("#f-username", "nobody" + System.nanoTime());
            b.type("#f-password", "wrong password");
            b.click("#login-form [type=submit]");
            b.waitText("#login-form .form-alert", "Wrong username or password");
        }
    }

    @Test
    void elderModeIsSwitchableAndRememberedAcrossPages() {
        try (Browser b = Browser.open(Browser.PHONE)) {
            b.go("/");
            assertEquals(200L, b.script("const x = new XMLHttpRequest(); x.open('GET', 'favicon.ico', false); x.send(); return x.status;"),
                    "the site has a favicon");
            b.waitText("#elder-toggle .state", "关");
            b.elder(true);
            // the toggle shows that it is on, in words and to assistive technology
            b.waitText("#elder-toggle .state", "开");
            assertEquals("true", b.find("#elder-toggle").getAttribute("aria-pressed"));
            assertEquals("22px", b.script("return getComputedStyle(document.documentElement).fontSize"));
            b.assertAccessible("sign-in, elder mode");
            b.go("/verify.html");
            b.waitText("h1", "证书查验");
            assertTrue(b.isElder(), "the verification page keeps elder mode");
            b.go("/");
            b.find("#f-username");
            assertTrue(b.isElder(), "elder mode is remembered after a reload");
            b.elder(false);
            b.go("/");
            b.find("#f-username");
            assertFalse(b.isElder());
        }
    }

    @Test
    void signOutReturnsToSignIn() {
        try (Browser b = Browser.open(Browser.DESKTOP)) {
            b.login("regulator");
            b.click("#logout");
            b.find("#login-form");
            b.go("/");
            b.find("#login-form");
        }
    }
}
