package cn.eldercare.chaincode.contract;

import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.state.Journal;
import cn.eldercare.chaincode.state.Json;


import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.shim.ChaincodeStub;


/**
 * What all time-bank contracts share: the {@link TimeBankContext}, and the one event Fabric
 * allows per transaction, listing every movement and service record change of the transaction
 * so that clients can maintain a read model.
 */
public interface TimeBankContract extends ContractInterface {

    String EVENT_NAME = "TimeBank";

    @Override
    default Context createContext(final ChaincodeStub stub) {
        return new TimeBankContext(stub);
    }

    @Override
    default void unknownTransaction(final Context ctx) {
        throw new TimeBankException(ErrorCode.NOT_FOUND, "no transaction " + ctx.getStub().getFunction());
    }

    @Override
    default void afterTransaction(final Context ctx, final Object result) {
        final Journal journal = ((TimeBankContext) ctx).journal();
        if (journal.isEmpty()) {
            return;
        }
        final Map<String, Object> payload = new TreeMap<>();
        payload.put("txId", ctx.getStub().getTxId());
        payload.put("timestamp", ctx.getStub().getTxTimestamp().toString());
        payload.put("function", ctx.getStub().getFunction());
        payload.put("movements", journal.movements());
        payload.put("records", journal.records());
        ctx.getStub().setEvent(EVENT_NAME, Json.write(payload).getBytes(StandardCharsets.UTF_8));
    }
}
