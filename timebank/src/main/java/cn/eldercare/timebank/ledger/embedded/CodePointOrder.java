package cn.eldercare.timebank.ledger.embedded;

/**
 * Keys in Unicode code point order, the order of the chaincode's {@code KeyOrder} (UTF-8 byte
 * order, as LevelDB keeps a peer's state), so range and partial composite key scans return keys
 * exactly as on a peer. Compares in place, without the copy {@code KeyOrder.sortable} makes of keys
 * with characters from U+D800 up.
 */
final class CodePointOrder {

    private CodePointOrder() {
    }

    static int compare(final String a, final String b) {
        final int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            final char x = a.charAt(i);
            final char y = b.charAt(i);
            if (x != y) {
                return rank(x) - rank(y);
            }
        }
        return a.length() - b.length();
    }

    /** UTF-16 puts U+E000..U+FFFF above the surrogates, which encode the code points above U+FFFF; swap them. */
    private static int rank(final char c) {
        if (c < '\uD800') {
            return c;
        }
        return c >= '\uE000' ? c - 0x800 : c + 0x2000;
    }
}
