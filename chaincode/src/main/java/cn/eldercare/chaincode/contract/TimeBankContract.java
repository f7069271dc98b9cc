package cn.eldercare.chaincode.contract;

import cn.eldercare.chaincode.api.TimeBankEvent;
import cn.eldercare.chaincode.error.ErrorCode;
import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.state.Journal;


import java.nio.charset.StandardCharsets;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.shim.ChaincodeStub;


/**
 * What all time-bank contracts share: the {@link TimeBankContext}, and the one event Fabric
 * allows per transaction, listing every movement and service record change of the transaction
 * so that clients can maintain a read model.
 */
public interface TimeBankContract extends ContractInterface {

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
        final TimeBankEvent event = new TimeBankEvent(ctx.getStub().getFunction(), journal.movements(), journal.records(),
                ctx.getStub().getTxTimestamp().toString(), ctx.getStub().getTxId());
        ctx.getStub().setEvent(TimeBankEvent.NAME, event.write().getBytes(StandardCharsets.UTF_8));
    }
}
