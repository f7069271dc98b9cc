package cn.eldercare.chaincode.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/** Query results already fetched from the world state, with Fabric's paging metadata. */
final class SimQueryResults<T> implements QueryResultsIterator<T>, QueryResultsIteratorWithMetadata<T> {

    private final List<T> results;
    private final QueryResponseMetadata metadata;

    SimQueryResults(final List<T> results, final String bookmark) {
        this.results = List.copyOf(results);
        this.metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(results.size())
                .setBookmark(bookmark)
                .build();
    }

    @Override
    public Iterator<T> iterator() {
        return results.iterator();
    }

    @Override
    public QueryResponseMetadata getMetadata() {
        return metadata;
    }

    @Override
    public void close() {
        // results live in memory; there is no peer-side iterator to release
    }

    record Kv(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    record Modification(String getTxId, byte[] getValue, Instant getTimestamp, boolean isDeleted)
            implements KeyModification {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }
}
