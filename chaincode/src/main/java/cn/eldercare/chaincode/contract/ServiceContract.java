package cn.eldercare.chaincode.contract;

import static cn.eldercare.chaincode.api.Transactions.CANCEL_SERVICE;
import static cn.eldercare.chaincode.api.Transactions.CHECK_IN;
import static cn.eldercare.chaincode.api.Transactions.CHECK_OUT;
import static cn.eldercare.chaincode.api.Transactions.CONFIRM_SERVICE;
import static cn.eldercare.chaincode.api.Transactions.EXPIRE_SERVICE;
import static cn.eldercare.chaincode.api.Transactions.GET_SERVICE_RECORD;
import static cn.eldercare.chaincode.api.Transactions.GET_SERVICE_RECORD_HISTORY;
import static cn.eldercare.chaincode.api.Transactions.SUBMIT_SERVICE;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.rules.Access;
import cn.eldercare.chaincode.rules.Audit;
import cn.eldercare.chaincode.rules.Confirmations;
import cn.eldercare.chaincode.rules.Recording;
import cn.eldercare.chaincode.rules.TimeBankContext;

/** Service records: check-in/out or submission, confirmation with a rating, cancellation, expiry. */
@Contract(name = Transactions.SERVICES, info = @Info(title = "Time bank: service records", version = "1.0.0"))
public final class ServiceContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CheckIn(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, CHECK_IN, request, Recording::checkIn);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CheckOut(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, CHECK_OUT, request, Recording::checkOut);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SubmitService(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, SUBMIT_SERVICE, request, Recording::submit);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ConfirmService(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, CONFIRM_SERVICE, request, Confirmations::confirm);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CancelService(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, CANCEL_SERVICE, request, Confirmations::cancel);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ExpireService(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, EXPIRE_SERVICE, request, Confirmations::expire);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetServiceRecord(final TimeBankContext ctx, final String request) {
        return Handle.evaluate(ctx, GET_SERVICE_RECORD, request, (c, query) -> {
            final ServiceRecord record = Recording.find(c, query.recordId());
            Access.requirePartyOrOfficial(c, record);
            return record;
        });
    }

    /** Every committed version of a record, newest first: the audit trail of a deposit. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetServiceRecordHistory(final TimeBankContext ctx, final String request) {
        return Handle.evaluate(ctx, GET_SERVICE_RECORD_HISTORY, request,
                (c, query) -> Audit.recordHistory(c, query.recordId()));
    }
}
