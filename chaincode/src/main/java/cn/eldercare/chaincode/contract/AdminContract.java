package cn.eldercare.chaincode.contract;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.rules.Catalogue;
import cn.eldercare.chaincode.rules.LedgerSetup;
import cn.eldercare.chaincode.rules.Revocations;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.state.Json;

/** Ledger set-up, rules and service catalogue; changes are the regulator's. */
@Contract(name = "admin", info = @Info(title = "Time bank: administration", version = "1.0.0"))
public final class AdminContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String InitLedger(final TimeBankContext ctx, final String request) {
        final Requests.Init req = Json.read(request, Requests.Init.class);
        return Idempotency.once(ctx, req, () -> LedgerSetup.init(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SetRules(final TimeBankContext ctx, final String request) {
        final Requests.SetRules req = Json.read(request, Requests.SetRules.class);
        return Idempotency.once(ctx, req, () -> LedgerSetup.setRules(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetConfig(final TimeBankContext ctx) {
        return Json.write(ctx.config());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PutCategory(final TimeBankContext ctx, final String request) {
        final Requests.PutCategory req = Json.read(request, Requests.PutCategory.class);
        return Idempotency.once(ctx, req, () -> Catalogue.put(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RevokeIdentity(final TimeBankContext ctx, final String request) {
        final Requests.RevokeIdentity req = Json.read(request, Requests.RevokeIdentity.class);
        return Idempotency.once(ctx, req, () -> Revocations.revoke(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListCategories(final TimeBankContext ctx) {
        ctx.config();
        return Json.write(Catalogue.list(ctx));
    }
}
