package cn.eldercare.chaincode.sim;

import java.util.Comparator;

/**
 * Orders keys by Unicode code point, which is the byte order of their UTF-8 encoding and so the
 * order LevelDB gives a real peer. {@link String#compareTo} compares UTF-16 units instead, which
 * differs only between surrogates and U+E000..U+FFFF; yet partial composite key queries end at
 * U+10FFFF, which must sort last. {@link #sortable} maps a key to a string whose plain
 * {@code compareTo} order is code point order, so sorted maps keep the fast String comparison.
 */
public final class KeyOrder implements Comparator<String> {

    public static final KeyOrder INSTANCE = new KeyOrder();

    private static final char SURROGATES = '\uD800';
    private static final char ABOVE_SURROGATES = '\uE000';

    private KeyOrder() {
    }

    @Override
    public int compare(final String a, final String b) {
        return sortable(a).compareTo(sortable(b));
    }

    /**
     * The key itself when it has no character from U+D800 up (the usual case: no copy); otherwise
     * a copy with U+E000..U+FFFF moved down by 0x800 and the surrogates moved above them.
     */
    public static String sortable(final String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= SURROGATES) {
                return remapped(key);
            }
        }
        return key;
    }

    private static String remapped(final String key) {
        final char[] chars = key.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            final char c = chars[i];
            if (c >= ABOVE_SURROGATES) {
                chars[i] = (char) (c - 0x800);
            } else if (c >= SURROGATES) {
                chars[i] = (char) (c + 0x2000);
            }
        }
        return new String(chars);
    }
}
