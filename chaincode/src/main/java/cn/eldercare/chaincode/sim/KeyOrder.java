package cn.eldercare.chaincode.sim;

import java.util.Comparator;

/**
 * Orders keys by Unicode code point, which is the byte order of their UTF-8 encoding and so the
 * order LevelDB gives a real peer. {@link String#compareTo} differs for characters outside the
 * Basic Multilingual Plane, and partial composite key queries end at U+10FFFF, which must sort last.
 */
public final class KeyOrder implements Comparator<String> {

    public static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {
    }

    @Override
    public int compare(final String a, final String b) {
        final int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            final char x = a.charAt(i);
            final char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
