package cn.eldercare.platform.problem;

import cn.eldercare.platform.i18n.Text;
import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language of problem responses: English when preferred, Simplified Chinese (the product default) otherwise. */
class ProblemResponsesLocaleTest {

    private static Locale locale(String... tags) {
        return ProblemResponses.locale(java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList());
    }

    @Test
    void english() {
        assertEquals(Locale.ENGLISH, locale("en"));
        assertEquals(Locale.ENGLISH, locale("en-US"));
        assertEquals(Locale.ENGLISH, locale("en-GB"));
    }

    @Test
    void chinese() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale("zh"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale("zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale("zh-TW"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale("zh-Hans-CN"));
    }

    @Test
    void theFirstSupportedLanguageInPreferenceOrderWins() {
        assertEquals(Locale.ENGLISH, locale("fr", "en", "zh"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale("de", "zh-CN", "en"));
    }

    @Test
    void defaultIsSimplifiedChinese() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale());
        assertEquals(Locale.SIMPLIFIED_CHINESE, locale("fr", "de"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemResponses.locale(List.of(new Locale("*"))));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemResponses.locale((HttpHeaders) null));
    }

    @Test
    void fromHeaders() {
        HttpHeaders headers = (HttpHeaders) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("zh-CN"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertEquals(Locale.ENGLISH, ProblemResponses.locale(headers));
    }

    @Test
    void textFollowsTheChosenLocale() {
        Text t = Text.of("课程不存在", "No such course");
        assertEquals("No such course", t.in(locale("en-US")));
        assertEquals("课程不存在", t.in(locale("fr")));
        assertEquals("课程不存在", t.in(null));
    }

    @Test
    void domainExceptionsCarryStatusCodeAndBothLanguages() {
        DomainException e = DomainException.conflict("ALREADY_ENROLLED", Text.of("该学员已报名此课程", "Already enrolled in this course"));
        assertEquals(409, e.status());
        assertEquals("ALREADY_ENROLLED", e.code());
        assertEquals("ALREADY_ENROLLED: Already enrolled in this course", e.getMessage());
        DomainException invalid = DomainException.invalid("endsOn", Text.of("结束日期早于开始日期", "ends before it starts"));
        assertEquals(400, invalid.status());
        assertEquals("INVALID_INPUT", invalid.code());
        assertEquals(List.of(new FieldMessage("endsOn", Text.of("结束日期早于开始日期", "ends before it starts"))), invalid.fields());
        assertEquals(403, DomainException.forbidden(Text.of("a", "b")).status());
        assertEquals(404, DomainException.notFound(Text.of("a", "b")).status());
        assertEquals(422, DomainException.unprocessable("X", Text.of("a", "b")).status());
    }
}
