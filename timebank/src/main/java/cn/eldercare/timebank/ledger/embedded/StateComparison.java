package cn.eldercare.timebank.ledger.embedded;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.KeyedValue;
import cn.eldercare.chaincode.sim.Version;

/**
 * Compares the durable world state with a replay of the log, key by key in key order (both are
 * sorted alike), values with versions, then every history entry. Finds the first difference and
 * the block it concerns: the block the log says wrote the key, else the block the state claims.
 */
final class StateComparison {

    private String problem;
    private Long block;

    static StateComparison of(final StateSnapshot state, final StateSnapshot replay) {
        final StateComparison comparison = new StateComparison();
        if (!comparison.values(state.range("", ""), replay.range("", ""))) {
            comparison.history(state.allHistory(), replay.allHistory());
        }
        return comparison;
    }

    private boolean values(final Iterator<KeyedValue> stored, final Iterator<KeyedValue> replayed) {
        KeyedValue have = step(stored);
        KeyedValue want = step(replayed);
        while (have != null || want != null) {
            final int order = have == null ? 1 : want == null ? -1 : StateKeyType.compareKeys(have.key(), want.key());
            final boolean same = order == 0 && have.value().version().equals(want.value().version())
                    && Arrays.equals(have.value().value(), want.value().value());
            if (!same) {
                final KeyedValue differing = order <= 0 ? have : want;
                final Version wrote = order < 0 ? null : want.value().version();
                final Version claimed = order > 0 ? null : have.value().version();
                problem = "world state key " + printable(differing.key()) + " differs from the log: the state has "
                        + describe(claimed) + ", the log wrote " + describe(wrote);
                block = (wrote != null ? wrote : claimed).blockNum();
                return true;
            }
            have = step(stored);
            want = step(replayed);
        }
        return false;
    }

    private void history(final Iterator<Map.Entry<HistoryKey, HistoryEntry>> stored,
            final Iterator<Map.Entry<HistoryKey, HistoryEntry>> replayed) {
        while (stored.hasNext() || replayed.hasNext()) {
            final Map.Entry<HistoryKey, HistoryEntry> have = stored.hasNext() ? stored.next() : null;
            final Map.Entry<HistoryKey, HistoryEntry> want = replayed.hasNext() ? replayed.next() : null;
            if (have == null || want == null || !have.getKey().equals(want.getKey()) || !same(have.getValue(),
                    want.getValue())) {
                final HistoryKey at = want != null ? want.getKey() : have.getKey();
                problem = "the history of key " + printable(at.key()) + " differs from the log at block " + at.block();
                block = at.block();
                return;
            }
        }
    }

    private static boolean same(final HistoryEntry a, final HistoryEntry b) {
        return a.txId().equals(b.txId()) && a.timestamp().equals(b.timestamp()) && a.deleted() == b.deleted()
                && Arrays.equals(a.value(), b.value());
    }

    private static String describe(final Version version) {
        return version == null ? "nothing" : "the value of block " + version.blockNum() + " tx " + version.txNum();
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
