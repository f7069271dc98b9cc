package cn.eldercare.chaincode.state;

import static cn.eldercare.chaincode.error.ErrorCode.INSUFFICIENT_BALANCE;

import java.util.List;

import org.hyperledger.fabric.shim.ChaincodeStub;

import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.state.Journal.Delta;

/**
 * The donation pool as delta rows, after the fabric-samples high-throughput pattern: deposits
 * (donations, credit above the storage cap) add a row keyed by their own transaction id and read
 * nothing, so they never conflict. A withdrawal scans all rows, which Fabric re-checks at commit,
 * and replaces them by one remainder row: a deposit committed meanwhile makes the withdrawal fail
 * with a phantom-read conflict, so the pool cannot go negative.
 */
public final class Pool {

    private final ChaincodeStub stub;
    private final LedgerState state;

    public Pool(final ChaincodeStub stub, final LedgerState state) {
        this.stub = stub;
        this.state = state;
    }

    public void deposit(final long minutes, final int seq) {
        state.put(Keys.of(Keys.POOL_DELTA, stub.getTxId(), Keys.padded(seq, 3)), new Delta(minutes));
    }

    public long balance() {
        return state.list(Delta.class, Keys.POOL_DELTA).stream().mapToLong(e -> e.value().minutes()).sum();
    }

    /** Takes minutes out, consolidating the delta rows; returns the balance left. */
    public long withdraw(final long minutes) {
        final List<LedgerState.Entry<Delta>> rows = state.list(Delta.class, Keys.POOL_DELTA);
        final long balance = rows.stream().mapToLong(e -> e.value().minutes()).sum();
        TimeBankException.require(balance >= minutes, INSUFFICIENT_BALANCE,
                "the donation pool holds %d minutes, %d requested", balance, minutes);
        rows.forEach(row -> state.delete(row.key()));
        final long remainder = balance - minutes;
        if (remainder > 0) {
            state.put(Keys.of(Keys.POOL_DELTA, stub.getTxId(), "rest"), new Delta(remainder));
        }
        return remainder;
    }
}
