package cn.eldercare.chaincode.rules;

import cn.eldercare.chaincode.model.Account;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.MovementKind;
import cn.eldercare.chaincode.model.ServiceRecord;

/**
 * Crediting a confirmed service. Only the volunteer's own account key is read and written, plus
 * new statement, pool and aggregate rows, so confirmations for different volunteers never conflict.
 * Minutes above the storage cap go to the donation pool instead of being lost.
 */
public final class Credits {

    private Credits() {
    }

    public static Credit credit(final TimeBankContext ctx, final ServiceRecord record) {
        final Member volunteer = Members.active(ctx, record.volunteerId());
        final long earned = record.weightedMinutes();
        Account account = Accounts.load(ctx, volunteer.memberId());
        final long room = Math.max(0, ctx.config().rules().storageCapMinutes() - account.balance());
        final long toBalance = Math.min(earned, room);
        final long toPool = earned - toBalance;
        if (toBalance > 0) {
            account = Accounts.store(ctx, account.plus(toBalance));
            ctx.journal().move(volunteer.memberId(), MovementKind.EARNED, toBalance, account.balance(),
                    record.recipientId(), record.recordId(), record.categoryCode(), null);
        }
        if (toPool > 0) {
            final Movement overflow = ctx.journal().move(Movement.POOL, MovementKind.OVERFLOW, toPool, null,
                    volunteer.memberId(), record.recordId(), record.categoryCode(), "above the storage cap");
            ctx.pool().deposit(toPool, overflow.seq());
        }
        ctx.journal().aggregate(MovementKind.EARNED, volunteer.regionCode(), earned);
        return new Credit(toBalance, toPool, account.balance());
    }

    /** How the earned minutes were split, and the volunteer's balance afterwards. */
    public record Credit(long toBalance, long toPool, long balance) {
    }
}
