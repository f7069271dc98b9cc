package cn.eldercare.chaincode.contract;

import static cn.eldercare.chaincode.api.Transactions.GET_CONFIG;
import static cn.eldercare.chaincode.api.Transactions.INIT_LEDGER;
import static cn.eldercare.chaincode.api.Transactions.LIST_CATEGORIES;
import static cn.eldercare.chaincode.api.Transactions.PUT_CATEGORY;
import static cn.eldercare.chaincode.api.Transactions.REVOKE_IDENTITY;
import static cn.eldercare.chaincode.api.Transactions.SET_RULES;

import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

import cn.eldercare.chaincode.api.Transactions;
import cn.eldercare.chaincode.rules.Catalogue;
import cn.eldercare.chaincode.rules.LedgerSetup;
import cn.eldercare.chaincode.rules.Revocations;
import cn.eldercare.chaincode.rules.TimeBankContext;

/** Ledger set-up, rules and service catalogue; changes are the regulator's. */
@Contract(name = Transactions.ADMIN, info = @Info(title = "Time bank: administration", version = "1.0.0"))
public final class AdminContract implements TimeBankContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String InitLedger(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, INIT_LEDGER, request, LedgerSetup::init);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SetRules(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, SET_RULES, request, LedgerSetup::setRules);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetConfig(final TimeBankContext ctx) {
        return Handle.evaluate(ctx, GET_CONFIG, TimeBankContext::config);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PutCategory(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, PUT_CATEGORY, request, Catalogue::put);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RevokeIdentity(final TimeBankContext ctx, final String request) {
        return Handle.submit(ctx, REVOKE_IDENTITY, request, Revocations::revoke);
    }

    /** Only on an initialised ledger: {@code config()} refuses otherwise (NOT_INITIALISED). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListCategories(final TimeBankContext ctx) {
        return Handle.evaluate(ctx, LIST_CATEGORIES, c -> {
            c.config();
            return Catalogue.list(c);
        });
    }
}
