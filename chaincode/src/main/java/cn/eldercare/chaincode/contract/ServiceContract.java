package cn.eldercare.chaincode.contract;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.rules.Access;
import cn.eldercare.chaincode.rules.Audit;
import cn.eldercare.chaincode.rules.Confirmations;
import cn.eldercare.chaincode.rules.Recording;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.state.Json;

/** Service records: check-in/out or submission, confirmation with a rating, cancellation, expiry. */
@Contract(name = "services", info = @Info(title = "Time bank: service records", version = "1.0.0"))
public final class ServiceContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CheckIn(final TimeBankContext ctx, final String request) {
        final Requests.CheckIn req = Json.read(request, Requests.CheckIn.class);
        return Idempotency.once(ctx, req, () -> Recording.checkIn(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CheckOut(final TimeBankContext ctx, final String request) {
        final Requests.RecordAction req = Json.read(request, Requests.RecordAction.class);
        return Idempotency.once(ctx, req, () -> Recording.checkOut(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SubmitService(final TimeBankContext ctx, final String request) {
        final Requests.SubmitService req = Json.read(request, Requests.SubmitService.class);
        return Idempotency.once(ctx, req, () -> Recording.submit(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ConfirmService(final TimeBankContext ctx, final String request) {
        final Requests.ConfirmService req = Json.read(request, Requests.ConfirmService.class);
        return Idempotency.once(ctx, req, () -> Confirmations.confirm(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CancelService(final TimeBankContext ctx, final String request) {
        final Requests.RecordAction req = Json.read(request, Requests.RecordAction.class);
        return Idempotency.once(ctx, req, () -> Confirmations.cancel(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ExpireService(final TimeBankContext ctx, final String request) {
        final Requests.RecordAction req = Json.read(request, Requests.RecordAction.class);
        return Idempotency.once(ctx, req, () -> Confirmations.expire(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetServiceRecord(final TimeBankContext ctx, final String request) {
        final ServiceRecord record = Recording.find(ctx, Json.read(request, Requests.RecordQuery.class).recordId());
        Access.requirePartyOrOfficial(ctx, record);
        return Json.write(record);
    }

    /** Every committed version of a record, newest first: the audit trail of a deposit. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetServiceRecordHistory(final TimeBankContext ctx, final String request) {
        return Json.write(Audit.recordHistory(ctx, Json.read(request, Requests.RecordQuery.class).recordId()));
    }
}
