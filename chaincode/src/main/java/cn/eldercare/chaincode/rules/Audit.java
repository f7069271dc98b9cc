package cn.eldercare.chaincode.rules;

import java.util.ArrayList;
import java.util.List;

import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.state.Json;
import cn.eldercare.chaincode.state.Keys;

/**
 * The audit trail of a service record from the ledger's own history: every committed version
 * with the transaction and time that wrote it, newest first. Together with the record's
 * {@code submittedBy} and {@code decidedBy} it shows who did what and when.
 */
public final class Audit {

    private Audit() {
    }

    public static List<Results.RecordVersion> recordHistory(final TimeBankContext ctx, final String recordId) {
        final ServiceRecord record = Recording.find(ctx, recordId);
        Access.requirePartyOrOfficial(ctx, record);
        final List<Results.RecordVersion> versions = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> history = ctx.getStub().getHistoryForKey(Keys.record(recordId))) {
            for (final KeyModification modification : history) {
                versions.add(new Results.RecordVersion(modification.getTxId(), modification.getTimestamp(),
                        modification.isDeleted() ? null : Json.read(modification.getValue(), ServiceRecord.class)));
            }
        }
        return versions;
    }
}
