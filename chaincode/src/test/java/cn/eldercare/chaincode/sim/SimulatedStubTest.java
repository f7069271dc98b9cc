package cn.eldercare.chaincode.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.junit.jupiter.api.Test;

class SimulatedStubTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final SimIdentity ALICE = new SimIdentity("Org1MSP", "alice",
            Map.of("role", "volunteer", "memberId", "alice-01"));

    private final InMemoryWorldState state = new InMemoryWorldState();
    private long height;

    private SimulatedStub stub(final String txId) {
        return new SimulatedStub(state, TxProposal.of("ch", txId, T0, ALICE, "fn", "a1", "a2"), "cc", "PeerMSP");
    }

    private void commit(final String txId, final Map<String, String> writes) {
        final TreeMap<String, byte[]> bytes = new TreeMap<>(KeyOrder.INSTANCE);
        writes.forEach((k, v) -> bytes.put(k, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        state.commit(new Version(++height, 0), txId, T0.plusSeconds(height), bytes);
    }

    private static List<String> keys(final Iterable<KeyValue> results) {
        final List<String> keys = new ArrayList<>();
        results.forEach(kv -> keys.add(kv.getKey()));
        return keys;
    }

    @Test
    void proposalFieldsComeFromTheCaller() {
        final SimulatedStub stub = stub("tx-1");
        assertEquals("tx-1", stub.getTxId());
        assertEquals(T0, stub.getTxTimestamp());
        assertEquals("fn", stub.getFunction());
        assertEquals(List.of("a1", "a2"), stub.getParameters());
        assertEquals("ch", stub.getChannelId());
        assertEquals("PeerMSP", stub.getMspId());
    }

    @Test
    void creatorIsARealCertificateThatTheShimParses() throws Exception {
        final ClientIdentity identity = new ClientIdentity(stub("tx-1"));
        assertEquals("Org1MSP", identity.getMSPID());
        assertEquals("volunteer", identity.getAttributeValue("role"));
        assertEquals("alice-01", identity.getAttributeValue("memberId"));
        assertTrue(identity.getId().matches("x509::.*CN=alice.*::.*CN=ca\\.Org1MSP.*"), identity.getId());
        assertArrayEquals(ALICE.creator(), stub("tx-2").getCreator(), "certificates are cached per identity");
    }

    @Test
    void absentKeysReadAsEmptyAndAreRecordedWithoutVersion() {
        final SimulatedStub stub = stub("tx-1");
        assertEquals(0, stub.getState("missing").length);
        assertTrue(stub.readWriteSet().reads().containsKey("missing"));
        assertNull(stub.readWriteSet().reads().get("missing"));
    }

    @Test
    void readsSeeCommittedStateNotOwnWrites() {
        commit("tx-0", Map.of("k", "old"));
        final SimulatedStub stub = stub("tx-1");
        stub.putStringState("k", "new");
        assertEquals("old", stub.getStringState("k"));
        assertEquals(new Version(1, 0), stub.readWriteSet().reads().get("k"));
        assertEquals("new", new String(stub.readWriteSet().writes().get("k"), StandardCharsets.UTF_8));
    }

    @Test
    void deletesAreWritesWithoutValue() {
        final SimulatedStub stub = stub("tx-1");
        stub.delState("k");
        assertTrue(stub.readWriteSet().writes().containsKey("k"));
        assertNull(stub.readWriteSet().writes().get("k"));
    }

    @Test
    void rangeQueriesReturnKeysInUtf8ByteOrder() {
        commit("tx-0", Map.of("b", "1", "a", "2", "c", "3", "\uD83D\uDE00", "4", "\uFF21", "5"));
        final SimulatedStub stub = stub("tx-1");
        assertEquals(List.of("a", "b", "c", "\uFF21", "\uD83D\uDE00"), keys(stub.getStateByRange("", "")));
        assertEquals(List.of("b"), keys(stub.getStateByRange("b", "c")));
        assertEquals(List.of(new RangeRead("b", "c", Map.of("b", new Version(1, 0)))),
                stub.readWriteSet().rangeReads().subList(1, 2));
    }

    @Test
    void rangeQueriesRefuseCompositeKeysAsAPeerDoes() {
        final String composite = new CompositeKey("t", "x").toString();
        assertThrows(IllegalArgumentException.class, () -> stub("tx-1").getStateByRange(composite, ""));
    }

    @Test
    void partialCompositeKeyQueriesMatchLeadingAttributes() {
        final SimulatedStub writer = stub("tx-0");
        commit("tx-0", Map.of(
                writer.createCompositeKey("acct", "alice", "1").toString(), "a1",
                writer.createCompositeKey("acct", "alice", "2").toString(), "a2",
                writer.createCompositeKey("acct", "alicia", "1").toString(), "b1",
                writer.createCompositeKey("other", "alice").toString(), "o"));
        final SimulatedStub stub = stub("tx-1");
        assertEquals(3, keys(stub.getStateByPartialCompositeKey("acct")).size());
        final List<String> alice = keys(stub.getStateByPartialCompositeKey("acct", "alice"));
        assertEquals(2, alice.size());
        assertEquals(List.of("alice", "2"), stub.splitCompositeKey(alice.get(1)).getAttributes());
        assertEquals(1, keys(stub.getStateByPartialCompositeKey(new CompositeKey("acct", "alice", "2"))).size());
    }

    @Test
    void paginationHandsBackABookmarkUntilTheEnd() {
        final Map<String, String> rows = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            rows.put(new CompositeKey("row", "r" + i).toString(), "v" + i);
        }
        commit("tx-0", rows);
        final SimulatedStub stub = stub("tx-1");
        final CompositeKey prefix = new CompositeKey("row");
        final QueryResultsIteratorWithMetadata<KeyValue> first = stub.getStateByPartialCompositeKeyWithPagination(
                prefix, 2, "");
        assertEquals(2, first.getMetadata().getFetchedRecordsCount());
        final String bookmark = first.getMetadata().getBookmark();
        assertEquals(new CompositeKey("row", "r2").toString(), bookmark);
        final QueryResultsIteratorWithMetadata<KeyValue> last = stub.getStateByPartialCompositeKeyWithPagination(
                prefix, 3, bookmark);
        assertEquals(3, keys(last).size());
        assertEquals("", last.getMetadata().getBookmark());
    }

    @Test
    void historyListsEveryCommittedModificationNewestFirst() {
        commit("tx-a", Map.of("k", "1"));
        commit("tx-b", Map.of("k", "2"));
        final Map<String, String> delete = new TreeMap<>();
        delete.put("k", null);
        commit("tx-c", delete);
        final List<KeyModification> history = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> it = stub("tx-d").getHistoryForKey("k")) {
            it.forEach(history::add);
        }
        assertEquals(List.of("tx-c", "tx-b", "tx-a"), history.stream().map(KeyModification::getTxId).toList());
        assertTrue(history.get(0).isDeleted());
        assertEquals("2", history.get(1).getStringValue());
        assertEquals(T0.plusSeconds(2), history.get(1).getTimestamp());
    }

    @Test
    void onlyTheLastEventOfATransactionIsKept() {
        final SimulatedStub stub = stub("tx-1");
        stub.setEvent("first", new byte[] {1});
        stub.setEvent("second", new byte[] {2});
        assertEquals("second", stub.getEvent().getEventName());
        assertEquals("tx-1", stub.getEvent().getTxId());
    }
}
