package cn.eldercare.chaincode.sim;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fabric's commit-time check: every key read must still have the version seen during simulation,
 * and every range scanned must still hold exactly the same keys and versions.
 */
public final class MvccValidator {

    private MvccValidator() {
    }

    public static ValidationCode validate(final WorldState state, final ReadWriteSet rwset) {
        for (final Map.Entry<String, Version> read : rwset.reads().entrySet()) {
            final VersionedValue current = state.get(read.getKey());
            final Version now = current == null ? null : current.version();
            if (!Objects.equals(now, read.getValue())) {
                return ValidationCode.MVCC_READ_CONFLICT;
            }
        }
        for (final RangeRead range : rwset.rangeReads()) {
            if (!range.seen().equals(rescan(state, range))) {
                return ValidationCode.PHANTOM_READ_CONFLICT;
            }
        }
        return ValidationCode.VALID;
    }

    private static Map<String, Version> rescan(final WorldState state, final RangeRead range) {
        final Map<String, Version> seen = new LinkedHashMap<>();
        final Iterator<KeyedValue> it = state.range(range.startKey(), range.endKey());
        while (it.hasNext()) {
            final KeyedValue kv = it.next();
            seen.put(kv.key(), kv.value().version());
        }
        return seen;
    }
}
