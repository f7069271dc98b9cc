package cn.eldercare.chaincode.contract;

import static cn.eldercare.chaincode.api.Transactions.DONATE;
import static cn.eldercare.chaincode.api.Transactions.GET_BALANCE;
import static cn.eldercare.chaincode.api.Transactions.GET_POOL;
import static cn.eldercare.chaincode.api.Transactions.GET_STATEMENT;
import static cn.eldercare.chaincode.api.Transactions.GET_TOTALS;
import static cn.eldercare.chaincode.api.Transactions.GIFT;
import static cn.eldercare.chaincode.api.Transactions.GRANT_FROM_POOL;
import static cn.eldercare.chaincode.api.Transactions.ISSUE_FROM_FUND;
import static cn.eldercare.chaincode.api.Transactions.REDEEM;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.rules.Fund;
import cn.eldercare.chaincode.rules.Statements;
import cn.eldercare.chaincode.rules.TimeBankContext;
import cn.eldercare.chaincode.rules.Totals;
import cn.eldercare.chaincode.rules.Transfers;

/** Balances and statements, spending minutes, the pool and the regulator's backstop fund. */
@Contract(name = Transactions.ACCOUNTS, info = @Info(title = "Time bank: accounts", version = "1.0.0"))
public final class AccountContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBalance(final TimeBankContext ctx, final String request) {
        return Handle.evaluate(ctx, GET_BALANCE, request, Statements::balance);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetStatement(final TimeBankContext ctx, final String request) {
        return Handle.evaluate(ctx, GET_STATEMENT, request, Statements::statement);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Redeem(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, REDEEM, request, Transfers::redeem);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Gift(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, GIFT, request, Transfers::gift);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Donate(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, DONATE, request, Transfers::donate);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String IssueFromFund(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, ISSUE_FROM_FUND, request, Fund::issue);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String GrantFromPool(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, GRANT_FROM_POOL, request, Fund::grant);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetPool(final TimeBankContext ctx) {
        return Handle.evaluate(ctx, GET_POOL, Statements::pool);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetTotals(final TimeBankContext ctx, final String request) {
        return Handle.evaluate(ctx, GET_TOTALS, request, Totals::totals);
    }
}
