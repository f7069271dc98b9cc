package cn.eldercare.chaincode.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KeyOrderTest {

    private static final int[] INTERESTING = {0x0, 0x1, 0x41, 0x7f, 0x4e2d, 0xd7ff, 0xe000, 0xff21, 0xffff,
        0x10000, 0x1f600, 0x10ffff};

    private static String randomKey(final Random random) {
        final StringBuilder key = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            key.appendCodePoint(INTERESTING[random.nextInt(INTERESTING.length)]);
        }
        return key.toString();
    }

    @Test
    void ordersLikeUtf8Bytes() {
        final Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            final String a = randomKey(random);
            final String b = randomKey(random);
            final int expected = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, Integer.signum(KeyOrder.INSTANCE.compare(a, b)), a + " vs " + b);
        }
    }

    @Test
    void plainKeysAreNotCopied() {
        final String key = "\u0000tb.member\u0000会员-1\u0000";
        assertSame(key, KeyOrder.sortable(key));
    }
}
