package cn.eldercare.chaincode.state;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.hyperledger.fabric.shim.ChaincodeStub;

import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.MovementKind;
import cn.eldercare.chaincode.model.ServiceRecord;

/**
 * Writes each movement of minutes into the affected account's statement and collects it, with
 * every changed service record, for the transaction's single event. Statement and aggregate rows
 * are new keys named by transaction id, so concurrent transactions never write the same row.
 */
public final class Journal {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.ofHours(8));

    private final ChaincodeStub stub;
    private final LedgerState state;
    private final List<Movement> movements = new ArrayList<>();
    private final List<ServiceRecord> records = new ArrayList<>();
    private int aggregates;

    public Journal(final ChaincodeStub stub, final LedgerState state) {
        this.stub = stub;
        this.state = state;
    }

    /** Records a change of {@code minutes} (signed) on {@code account}. */
    public Movement move(final String account, final MovementKind kind, final long minutes, final Long balanceAfter,
            final String counterparty, final String recordId, final String categoryCode, final String note) {
        final int seq = movements.size();
        final Instant at = stub.getTxTimestamp();
        final Movement movement = new Movement(stub.getTxId(), seq, at, account, kind, minutes, balanceAfter,
                counterparty, recordId, categoryCode, note);
        state.put(Keys.of(Keys.STATEMENT, account, Keys.padded(at.toEpochMilli(), 15), stub.getTxId(),
                Keys.padded(seq, 3)), movement);
        movements.add(movement);
        return movement;
    }

    /**
     * Adds to the regulator's statistics of minutes earned, issued or redeemed per region and
     * month: one delta row per transaction instead of a shared counter.
     */
    public void aggregate(final MovementKind kind, final String regionCode, final long minutes) {
        state.put(Keys.of(Keys.AGGREGATE, kind.name(), regionCode, MONTH.format(stub.getTxTimestamp()),
                stub.getTxId(), Keys.padded(aggregates++, 3)), new Delta(minutes));
    }

    public void touched(final ServiceRecord record) {
        records.add(record);
    }

    public List<Movement> movements() {
        return List.copyOf(movements);
    }

    public List<ServiceRecord> records() {
        return List.copyOf(records);
    }

    public boolean isEmpty() {
        return movements.isEmpty() && records.isEmpty();
    }

    /** Value of a delta row: a signed number of minutes. */
    public record Delta(long minutes) {
    }
}
