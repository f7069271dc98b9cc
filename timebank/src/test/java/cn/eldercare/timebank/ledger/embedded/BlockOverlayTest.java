package cn.eldercare.timebank.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.eldercare.chaincode.sim.InMemoryWorldState;
import cn.eldercare.chaincode.sim.KeyOrder;
import cn.eldercare.chaincode.sim.Version;

class BlockOverlayTest {

    @Test
    void earlierWritesOfTheBlockReplaceHideAndAddKeys() {
        final InMemoryWorldState state = new InMemoryWorldState();
        state.commit(new Version(0, 0), "t0", Instant.EPOCH, writes("a", "1", "b", "1", "d", "1"));
        final BlockOverlay overlay = new BlockOverlay(state);
        overlay.commit(new Version(1, 0), "t1", Instant.EPOCH, writes("b", null, "c", "2", "d", "2", "e", "2"));

        assertNull(overlay.get("b"));
        assertEquals(new Version(1, 0), overlay.get("c").version());
        assertEquals(new Version(0, 0), overlay.get("a").version());
        assertEquals(List.of("a@0", "c@1", "d@1", "e@1"), keys(overlay, "", ""));
        assertEquals(List.of("c@1"), keys(overlay, "b", "d"));
        assertEquals(List.of("a@0", "c@1"), keys(overlay, "a", "d"));
    }

    private static List<String> keys(final BlockOverlay overlay, final String from, final String to) {
        final List<String> keys = new ArrayList<>();
        overlay.range(from, to).forEachRemaining(kv -> keys.add(kv.key() + "@" + kv.value().version().blockNum()));
        return keys;
    }

    private static SortedMap<String, byte[]> writes(final String... keysAndValues) {
        final SortedMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            writes.put(keysAndValues[i], keysAndValues[i + 1] == null ? null
                    : keysAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return writes;
    }
}
