package cn.eldercare.timebank.ledger.embedded;

import java.time.Instant;
import java.util.SortedMap;

import cn.eldercare.chaincode.sim.SimIdentity;
import cn.eldercare.chaincode.sim.ValidationCode;

/**
 * One transaction as a block keeps it, valid or not (as Fabric keeps invalidated transactions):
 * its id and time, who signed it, which transaction function ran, what it wrote (a null value
 * deletes the key), the validation outcome and its chaincode event (a null name when none).
 */
record BlockTx(String txId, Instant timestamp, SimIdentity creator, String function,
        SortedMap<String, byte[]> writes, ValidationCode code, String eventName, byte[] eventPayload) {

    boolean isValid() {
        return code == ValidationCode.VALID;
    }

    boolean hasEvent() {
        return eventName != null;
    }
}
