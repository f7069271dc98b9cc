package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.CAP_EXCEEDED;
import static cn.eldercare.chaincode.error.ErrorCode.INSUFFICIENT_BALANCE;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import cn.eldercare.chaincode.model.Account;
import cn.eldercare.chaincode.state.Keys;

/**
 * Account keys, one per member. Every debit reads and writes the member's own key, so two debits
 * racing for the same minutes cannot both commit: the second fails MVCC validation.
 */
public final class Accounts {

    private Accounts() {
    }

    public static Account load(final TimeBankContext ctx, final String memberId) {
        return ctx.state().get(Keys.account(memberId), Account.class).orElse(Account.empty(memberId));
    }

    public static Account store(final TimeBankContext ctx, final Account account) {
        ctx.state().put(Keys.account(account.memberId()), account);
        return account;
    }

    public static Account debit(final TimeBankContext ctx, final String memberId, final long minutes) {
        final Account account = load(ctx, memberId);
        require(account.balance() >= minutes, INSUFFICIENT_BALANCE, "%s holds %d minutes, %d requested",
                memberId, account.balance(), minutes);
        return store(ctx, account.minus(minutes));
    }

    /** Gifts, issues and grants are refused rather than overflowing: the sender chose the amount. */
    public static Account creditWithinCap(final TimeBankContext ctx, final String memberId, final long minutes) {
        final Account account = load(ctx, memberId);
        final int cap = ctx.config().rules().storageCapMinutes();
        require(account.balance() + minutes <= cap, CAP_EXCEEDED,
                "%s holds %d minutes; %d more would pass the storage cap of %d", memberId, account.balance(),
                minutes, cap);
        return store(ctx, account.plus(minutes));
    }
}
