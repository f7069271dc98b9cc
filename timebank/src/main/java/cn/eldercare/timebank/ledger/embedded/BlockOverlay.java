package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.MvccValidator;
import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;
import cn.eldercare.chaincode.sim.WorldState;

/**
 * The committed state as the next transaction of a block being cut sees it: the world state plus
 * the writes of the block's earlier valid transactions, which are not applied until the block is
 * durable. {@link MvccValidator} validates each transaction against this view, as a peer validates
 * the transactions of a block in order. A deleted key is kept as a value-less entry.
 */
final class BlockOverlay implements WorldState {

    private final WorldState state;
    private final NavigableMap<String, VersionedValue> pending = new TreeMap<>(CodePointOrder::compare);

    BlockOverlay(final WorldState state) {
        this.state = state;
    }

    @Override
    public VersionedValue get(final String key) {
        final VersionedValue written = pending.get(key);
        if (written != null) {
            return written.value() == null ? null : written;
        }
        return state.get(key);
    }

    @Override
    public Iterator<KeyedValue> range(final String startKey, final String endKey) {
        final Iterator<Map.Entry<String, VersionedValue>> written = (endKey.isEmpty()
                ? pending.tailMap(startKey, true) : pending.subMap(startKey, true, endKey, false)).entrySet().iterator();
        final Iterator<KeyedValue> committed = state.range(startKey, endKey);
        return new Iterator<>() {
            private Map.Entry<String, VersionedValue> nextWritten = step(written);
            private KeyedValue nextCommitted = step(committed);
            private KeyedValue next = advance();

            /** Merges both in key order; a pending write replaces (or, when value-less, hides) a committed key. */
            private KeyedValue advance() {
                while (nextWritten != null || nextCommitted != null) {
                    final int order = nextWritten == null ? 1 : nextCommitted == null ? -1
                            : CodePointOrder.compare(nextWritten.getKey(), nextCommitted.key());
                    if (order >= 0) {
                        final KeyedValue fromState = nextCommitted;
                        nextCommitted = step(committed);
                        if (order > 0) {
                            return fromState;
                        }
                    }
                    if (order <= 0) {
                        final Map.Entry<String, VersionedValue> fromBlock = nextWritten;
                        nextWritten = step(written);
                        if (fromBlock.getValue().value() != null) {
                            return new KeyedValue(fromBlock.getKey(), fromBlock.getValue());
                        }
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public KeyedValue next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                final KeyedValue current = next;
                next = advance();
                return current;
            }
        };
    }

    private static <T> T step(final Iterator<T> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }

    /** Validation never reads history (Fabric does not validate history reads either). */
    @Override
    public List<HistoryEntry> history(final String key) {
        return state.history(key);
    }

    /** Records a valid transaction's writes for the transactions after it in the block. */
    @Override
    public void commit(final Version version, final String txId, final Instant timestamp,
            final SortedMap<String, byte[]> writes) {
        writes.forEach((key, value) -> pending.put(key, new VersionedValue(value, version)));
    }
}
