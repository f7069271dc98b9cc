package cn.eldercare.chaincode.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.error.TimeBankException;

class KeysTest {

    @Test
    void keysAreTheShimsCompositeKeys() {
        assertEquals(new CompositeKey("tb.window", "vol-1", "20250301", "000001740787200", "tx9").toString(),
                Keys.of("tb.window", "vol-1", "20250301", "000001740787200", "tx9"));
        assertEquals(new CompositeKey("tb.config").toString(), Keys.config());
        assertEquals(new CompositeKey("tb.member", "会员-1").toString(), Keys.member("会员-1"));
    }

    @Test
    void segmentsMayNotHoldTheDelimiterOrTheLastCodePoint() {
        assertThrows(TimeBankException.class, () -> Keys.member("a\u0000b"));
        assertThrows(TimeBankException.class, () -> Keys.member("a\udbff\udfff"));
    }

    @Test
    void paddingKeepsNumericOrderLexical() {
        assertEquals("0000042", Keys.padded(42, 7));
        assertEquals(-1, Integer.signum(Keys.padded(9, 3).compareTo(Keys.padded(10, 3))));
    }
}
