package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.sim.KeyOrder;
import cn.eldercare.chaincode.sim.Version;

class CodePointOrderTest {

    /** Characters around every boundary that matters: NUL, the surrogates, U+E000 and above, U+10FFFF. */
    private static final String[] PIECES = {"\u0000", "a", "b", "~", "\uD7FF", "\uE000", "\uFFFF", "\uD800\uDC00",
        "\uDBFF\uDFFF", "\u4E2D"};

    @Test
    void ordersKeysExactlyAsTheChaincodesKeyOrder() {
        final Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            final String a = randomKey(random);
            final String b = randomKey(random);
            assertEquals(Integer.signum(KeyOrder.INSTANCE.compare(a, b)),
                    Integer.signum(CodePointOrder.compare(a, b)), () -> escape(a) + " vs " + escape(b));
        }
    }

    @Test
    void theLastUnicodeCharacterSortsAfterEverythingInTheBasicPlane() {
        assertTrue(CodePointOrder.compare("\u0000tb.member\u0000\uDBFF\uDFFF", "\u0000tb.member\u0000\uFFFF") > 0);
        assertTrue(CodePointOrder.compare("ab", "abc") < 0);
    }

    @Test
    void storeKeysSortBySectionThenKeyOrHeight() {
        final StoreKey.Type type = StoreKey.Type.INSTANCE;
        assertTrue(type.compare(StoreKey.meta("z"), StoreKey.value("a")) < 0);
        assertTrue(type.compare(StoreKey.value("\uDBFF\uDFFF"), StoreKey.deleted("a")) < 0);
        assertTrue(type.compare(StoreKey.value("a"), StoreKey.value("\uE000")) < 0);
        assertTrue(type.compare(StoreKey.history(new Version(0, 9), "b"), StoreKey.history(new Version(1, 0), "a")) < 0);
        assertTrue(type.compare(StoreKey.history(new Version(2, 0), "z"), StoreKey.history(new Version(2, 1), "a")) < 0);
        assertTrue(type.compare(StoreKey.history(new Version(2, 1), "a"), StoreKey.history(new Version(2, 1), "b")) < 0);
    }

    private static String randomKey(final Random random) {
        final StringBuilder key = new StringBuilder();
        for (int n = random.nextInt(5); n >= 0; n--) {
            key.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return key.toString();
    }

    private static String escape(final String key) {
        final StringBuilder out = new StringBuilder();
        key.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
        return out.toString();
    }
}
