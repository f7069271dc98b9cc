package cn.eldercare.platform.i18n;

import java.util.Locale;

/**
 * A message in both product languages. Domain rules return these so that the
 * boundary can answer in the caller's language without a lookup table to keep in sync.
 */
public record Text(String zh, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }
}
