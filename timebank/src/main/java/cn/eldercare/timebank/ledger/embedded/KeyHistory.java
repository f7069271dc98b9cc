package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;

import cn.eldercare.chaincode.sim.HistoryEntry;
import cn.eldercare.chaincode.sim.Version;

/**
 * One modification of a key in the history map: who made it (transaction id and time), the value
 * written (null for a deletion) and the height of the key's modification before it (null for the
 * first), so a key's history is read by following these links from its current version.
 */
record KeyHistory(String txId, Instant timestamp, byte[] value, Version previous) {

    HistoryEntry entry() {
        return new HistoryEntry(txId, timestamp, value, value == null);
    }
}
