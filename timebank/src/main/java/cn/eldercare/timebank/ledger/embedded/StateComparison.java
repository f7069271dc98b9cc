package cn.eldercare.timebank.ledger.embedded;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import cn.eldercare.chaincode.sim.Version;
import cn.eldercare.chaincode.sim.VersionedValue;

/**
 * Compares the durable world state with a replay of the log, entry by entry in map order (both are
 * the same kind of map): values with their versions, deleted keys, the history and the record of
 * the last block applied. Finds the first difference and the block it concerns: the block the log
 * says wrote the entry, else the block the stored state claims.
 */
final class StateComparison {

    private String problem;
    private Long block;

    static StateComparison of(final StateSnapshot state, final StateSnapshot replay) {
        final StateComparison comparison = new StateComparison();
        final Iterator<Map.Entry<StoreKey, Object>> stored = state.entries();
        final Iterator<Map.Entry<StoreKey, Object>> replayed = replay.entries();
        Map.Entry<StoreKey, Object> have = step(stored);
        Map.Entry<StoreKey, Object> want = step(replayed);
        while (have != null || want != null) {
            final int side = have == null ? 1 : want == null ? -1
                    : StoreKey.Type.INSTANCE.compare(have.getKey(), want.getKey());
            if (side != 0 || !same(have.getValue(), want.getValue())) {
                comparison.report(side > 0 ? want.getKey() : have.getKey(), side > 0 ? null : have.getValue(),
                        side < 0 ? null : want.getValue(), state.block());
                break;
            }
            have = step(stored);
            want = step(replayed);
        }
        return comparison;
    }

    private void report(final StoreKey key, final Object stored, final Object logged, final long applied) {
        final String name = printable(key.key());
        switch (key.section()) {
            case StoreKey.VALUE -> describe("world state key " + name, version(stored), version(logged));
            case StoreKey.DELETED -> describe("the deletion of key " + name, version(stored), version(logged));
            case StoreKey.HISTORY -> describe("the history of key " + name + " at block " + key.block() + " tx "
                    + key.tx(), stored == null ? null : key.version(), logged == null ? null : key.version());
            default -> {
                problem = "the world state's record of the last block applied (" + name + ") differs from the log";
                block = applied;
            }
        }
    }

    private void describe(final String what, final Version stored, final Version logged) {
        problem = what + " differs from the log: the state has " + text(stored) + ", the log wrote " + text(logged);
        block = (logged != null ? logged : stored).blockNum();
    }

    private static Version version(final Object value) {
        return value instanceof VersionedValue versioned ? versioned.version() : (Version) value;
    }

    private static boolean same(final Object a, final Object b) {
        if (a instanceof VersionedValue x && b instanceof VersionedValue y) {
            return x.version().equals(y.version()) && Arrays.equals(x.value(), y.value());
        }
        if (a instanceof KeyHistory x && b instanceof KeyHistory y) {
            return x.txId().equals(y.txId()) && x.timestamp().equals(y.timestamp()) && Arrays.equals(x.value(), y.value())
                    && Objects.equals(x.previous(), y.previous());
        }
        return a.equals(b);
    }

    private static String text(final Version version) {
        return version == null ? "nothing" : "block " + version.blockNum() + " tx " + version.txNum();
    }

    /** Composite keys separate their parts with U+0000; shown as {@code ~}, as chaincode/README.md writes them. */
    static String printable(final String key) {
        return key.replace('\u0000', '~');
    }

    private static <T> T step(final Iterator<T> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }

    String problem() {
        return problem;
    }

    Long block() {
        return block;
    }
}
