package cn.eldercare.chaincode.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A {@link org.hyperledger.fabric.shim.ChaincodeStub} over a {@link WorldState}, behaving like a
 * peer's transaction simulator: reads see committed state only (never this transaction's own
 * writes), every read and scanned range is recorded with its version, writes are buffered in
 * the {@link ReadWriteSet} until the embedding ledger validates and commits them.
 */
public final class SimulatedStub extends ProposalStub {

    private static final String MAX_UNICODE_RUNE = "\udbff\udfff";
    private static final String UNSPECIFIED_START_KEY = new String(Character.toChars(1));
    private static final byte[] ABSENT = new byte[0];

    private final WorldState state;
    private final ReadWriteSet rwset = new ReadWriteSet();

    public SimulatedStub(final WorldState state, final TxProposal proposal, final String chaincodeName,
            final String localMspId) {
        super(proposal, chaincodeName, localMspId);
        this.state = state;
    }

    public ReadWriteSet readWriteSet() {
        return rwset;
    }

    /** Like a peer, an absent key reads as an empty array, not null. */
    @Override
    public byte[] getState(final String key) {
        final VersionedValue value = state.get(key);
        rwset.recordRead(key, value == null ? null : value.version());
        return value == null ? ABSENT : value.value().clone();
    }

    @Override
    public void putState(final String key, final byte[] value) {
        requireKey(key);
        rwset.recordWrite(key, value.clone());
    }

    @Override
    public void delState(final String key) {
        requireKey(key);
        rwset.recordWrite(key, null);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(final String startKey, final String endKey) {
        return simpleRange(startKey, endKey, Integer.MAX_VALUE, "");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(final String startKey,
            final String endKey, final int pageSize, final String bookmark) {
        return simpleRange(startKey, endKey, pageSize, bookmark);
    }

    private SimQueryResults<KeyValue> simpleRange(final String startKey, final String endKey, final int pageSize,
            final String bookmark) {
        final String start = startKey == null || startKey.isEmpty() ? UNSPECIFIED_START_KEY : startKey;
        final String end = endKey == null ? "" : endKey;
        CompositeKey.validateSimpleKeys(start, end);
        return scan(start, end, pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final String compositeKey) {
        if (compositeKey.startsWith(CompositeKey.NAMESPACE)) {
            // already in composite form: the shim would parse and re-join it into the same prefix
            return scan(compositeKey, compositeKey + MAX_UNICODE_RUNE, Integer.MAX_VALUE, "");
        }
        return getStateByPartialCompositeKey(new CompositeKey(compositeKey));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final String objectType,
            final String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final CompositeKey compositeKey) {
        return prefixRange(compositeKey, Integer.MAX_VALUE, "");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            final CompositeKey compositeKey, final int pageSize, final String bookmark) {
        return prefixRange(compositeKey, pageSize, bookmark);
    }

    private SimQueryResults<KeyValue> prefixRange(final CompositeKey compositeKey, final int pageSize,
            final String bookmark) {
        final String prefix = compositeKey == null ? new CompositeKey(UNSPECIFIED_START_KEY).toString()
                : compositeKey.toString();
        return scan(prefix, prefix + MAX_UNICODE_RUNE, pageSize, bookmark);
    }

    @Override
    public CompositeKey createCompositeKey(final String objectType, final String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(final String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    /**
     * Newest first, as a peer's history database answers. History is not part of the read set:
     * Fabric does not validate history reads either.
     */
    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(final String key) {
        final List<KeyModification> modifications = new ArrayList<>();
        for (final HistoryEntry entry : state.history(key)) {
            modifications.add(0, new SimQueryResults.Modification(entry.txId(),
                    entry.deleted() ? ABSENT : entry.value().clone(), entry.timestamp(), entry.deleted()));
        }
        return new SimQueryResults<KeyModification>(modifications, "");
    }

    /**
     * Reads up to {@code pageSize} keys from the bookmark (or start) and records the range actually
     * covered: up to the next unread key when the page is full, else to the end of the range.
     */
    private SimQueryResults<KeyValue> scan(final String start, final String end, final int pageSize,
            final String bookmark) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive");
        }
        final String from = bookmark == null || bookmark.isEmpty() ? start : bookmark;
        final Iterator<KeyedValue> it = state.range(from, end);
        final List<KeyValue> page = new ArrayList<>();
        final Map<String, Version> seen = new LinkedHashMap<>();
        String next = "";
        while (it.hasNext()) {
            final KeyedValue kv = it.next();
            if (page.size() == pageSize) {
                next = kv.key();
                break;
            }
            page.add(new SimQueryResults.Kv(kv.key(), kv.value().value().clone()));
            seen.put(kv.key(), kv.value().version());
        }
        rwset.recordRange(new RangeRead(from, next.isEmpty() ? end : next, seen));
        return new SimQueryResults<>(page, next);
    }

    private static void requireKey(final String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be an empty string");
        }
    }
}
