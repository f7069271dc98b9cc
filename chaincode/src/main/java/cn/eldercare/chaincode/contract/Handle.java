package cn.eldercare.chaincode.contract;

import java.util.function.BiFunction;
import java.util.function.Function;

import cn.eldercare.chaincode.api.Tx;
import cn.eldercare.chaincode.model.Requests.Idempotent;
import cn.eldercare.chaincode.rules.TimeBankContext;

/**
 * Runs a contract method as its {@link Tx} declares it: reads the request, applies the rule and
 * writes the result with the transaction's own types, so a rule that takes or returns anything
 * else does not compile. Submitted requests run at most once ({@link Idempotency}).
 */
final class Handle {

    private Handle() {
    }

    static <Q extends Idempotent, R> String submit(final TimeBankContext ctx, final Tx.Submit<Q, R> tx,
            final String request, final BiFunction<TimeBankContext, Q, R> rule) {
        final Q req = tx.request(request);
        return Idempotency.once(ctx, req, () -> tx.writeResult(rule.apply(ctx, req)));
    }

    static <Q, R> String evaluate(final TimeBankContext ctx, final Tx.Evaluate<Q, R> tx, final String request,
            final BiFunction<TimeBankContext, Q, R> query) {
        return tx.writeResult(query.apply(ctx, tx.request(request)));
    }

    /** A query that takes no argument. */
    static <R> String evaluate(final TimeBankContext ctx, final Tx.Evaluate<Void, R> tx,
            final Function<TimeBankContext, R> query) {
        return tx.writeResult(query.apply(ctx));
    }
}
