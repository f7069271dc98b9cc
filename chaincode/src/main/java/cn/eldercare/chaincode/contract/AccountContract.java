package cn.eldercare.chaincode.contract;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.rules.Fund;
import cn.eldercare.chaincode.rules.Statements;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.rules.Totals;
import cn.eldercare.chaincode.rules.Transfers;
import cn.eldercare.chaincode.state.Json;

/** Balances and statements, spending minutes, the pool and the regulator's backstop fund. */
@Contract(name = "accounts", info = @Info(title = "Time bank: accounts", version = "1.0.0"))
public final class AccountContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBalance(final TimeBankContext ctx, final String request) {
        return Json.write(Statements.balance(ctx, Json.read(request, Requests.MemberQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetStatement(final TimeBankContext ctx, final String request) {
        return Json.write(Statements.statement(ctx, Json.read(request, Requests.StatementQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Redeem(final TimeBankContext ctx, final String request) {
        final Requests.Redeem req = Json.read(request, Requests.Redeem.class);
        return Idempotency.once(ctx, req, () -> Transfers.redeem(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Gift(final TimeBankContext ctx, final String request) {
        final Requests.Transfer req = Json.read(request, Requests.Transfer.class);
        return Idempotency.once(ctx, req, () -> Transfers.gift(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Donate(final TimeBankContext ctx, final String request) {
        final Requests.Transfer req = Json.read(request, Requests.Transfer.class);
        return Idempotency.once(ctx, req, () -> Transfers.donate(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String IssueFromFund(final TimeBankContext ctx, final String request) {
        final Requests.Transfer req = Json.read(request, Requests.Transfer.class);
        return Idempotency.once(ctx, req, () -> Fund.issue(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String GrantFromPool(final TimeBankContext ctx, final String request) {
        final Requests.Transfer req = Json.read(request, Requests.Transfer.class);
        return Idempotency.once(ctx, req, () -> Fund.grant(ctx, req));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetPool(final TimeBankContext ctx) {
        return Json.write(Statements.pool(ctx));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetTotals(final TimeBankContext ctx, final String request) {
        return Json.write(Totals.totals(ctx, Json.read(request, Requests.TotalsQuery.class)));
    }
}
