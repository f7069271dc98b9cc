package cn.eldercare.chaincode.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

class MvccValidatorTest {

    private static final SimIdentity BOB = new SimIdentity("Org1MSP", "bob", Map.of());

    private final InMemoryWorldState state = new InMemoryWorldState();
    private long height;

    private SimulatedStub stub() {
        return new SimulatedStub(state, TxProposal.of("ch", "tx", Instant.EPOCH, BOB, "fn"), "cc", "Org1MSP");
    }

    private void commit(final String key, final String value) {
        final TreeMap<String, byte[]> writes = new TreeMap<>(KeyOrder.INSTANCE);
        writes.put(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        state.commit(new Version(++height, 0), "tx" + height, Instant.EPOCH, writes);
    }

    @Test
    void unchangedReadsAreValid() {
        commit("a", "1");
        final SimulatedStub stub = stub();
        stub.getState("a");
        stub.getState("absent");
        commit("unrelated", "x");
        assertEquals(ValidationCode.VALID, MvccValidator.validate(state, stub.readWriteSet()));
    }

    @Test
    void aKeyChangedSinceItWasReadConflicts() {
        commit("a", "1");
        final SimulatedStub stub = stub();
        stub.getState("a");
        commit("a", "2");
        assertEquals(ValidationCode.MVCC_READ_CONFLICT, MvccValidator.validate(state, stub.readWriteSet()));
    }

    @Test
    void aKeyCreatedSinceItWasReadAbsentConflicts() {
        final SimulatedStub stub = stub();
        stub.getState("a");
        commit("a", "1");
        assertEquals(ValidationCode.MVCC_READ_CONFLICT, MvccValidator.validate(state, stub.readWriteSet()));
    }

    @Test
    void aKeyInsertedIntoAScannedRangeIsAPhantom() {
        commit(new CompositeKey("pool", "t1").toString(), "5");
        final SimulatedStub stub = stub();
        stub.getStateByPartialCompositeKey("pool").forEach(kv -> { });
        commit(new CompositeKey("pool", "t2").toString(), "7");
        assertEquals(ValidationCode.PHANTOM_READ_CONFLICT, MvccValidator.validate(state, stub.readWriteSet()));
    }

    @Test
    void aKeyDeletedFromAScannedRangeIsAPhantom() {
        final String key = new CompositeKey("pool", "t1").toString();
        commit(key, "5");
        final SimulatedStub stub = stub();
        stub.getStateByPartialCompositeKey("pool").forEach(kv -> { });
        commit(key, null);
        assertEquals(ValidationCode.PHANTOM_READ_CONFLICT, MvccValidator.validate(state, stub.readWriteSet()));
    }

    @Test
    void keysOutsideAScannedRangeDoNotMatter() {
        commit(new CompositeKey("pool", "t1").toString(), "5");
        final SimulatedStub stub = stub();
        stub.getStateByPartialCompositeKey("pool").forEach(kv -> { });
        commit(new CompositeKey("poolx", "t2").toString(), "7");
        assertEquals(ValidationCode.VALID, MvccValidator.validate(state, stub.readWriteSet()));
    }
}
