package cn.eldercare.chaincode.rules;

import cn.eldercare.chaincode.model.Account;
import cn.eldercare.chaincode.model.MovementKind;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.state.Journal.Delta;
import cn.eldercare.chaincode.state.Keys;
import cn.eldercare.chaincode.state.LedgerState;

/**
 * The regulator's statistics and audit: minutes earned, issued and redeemed, summed from the
 * aggregate delta rows; unfiltered, also the conservation check against all accounts and the pool.
 */
public final class Totals {

    private Totals() {
    }

    public static Results.Totals totals(final TimeBankContext ctx, final Requests.TotalsQuery query) {
        Access.requireRegulator(ctx);
        final long earned = sum(ctx, MovementKind.EARNED, query);
        final long issued = sum(ctx, MovementKind.ISSUED, query);
        final long redeemed = sum(ctx, MovementKind.REDEEMED, query);
        if (query.regionCode() != null || query.month() != null) {
            return new Results.Totals(earned, issued, redeemed, null, null, null);
        }
        final long accounts = ctx.state().list(Account.class, Keys.ACCOUNT).stream()
                .mapToLong(e -> e.value().balance()).sum();
        final long pool = ctx.pool().balance();
        return new Results.Totals(earned, issued, redeemed, accounts, pool,
                accounts + pool == earned + issued - redeemed);
    }

    private static long sum(final TimeBankContext ctx, final MovementKind kind, final Requests.TotalsQuery query) {
        final String[] prefix = query.regionCode() == null
                ? new String[] {kind.name()}
                : new String[] {kind.name(), Checks.code(query.regionCode(), "regionCode")};
        return ctx.state().list(Delta.class, Keys.AGGREGATE, prefix).stream()
                .filter(e -> query.month() == null || monthOf(ctx, e).equals(query.month()))
                .mapToLong(e -> e.value().minutes()).sum();
    }

    /** The month is the third attribute of {@code tb.aggregate~kind~region~yyyyMM~tx~seq}. */
    private static String monthOf(final TimeBankContext ctx, final LedgerState.Entry<Delta> entry) {
        return ctx.getStub().splitCompositeKey(entry.key()).getAttributes().get(2);
    }
}
