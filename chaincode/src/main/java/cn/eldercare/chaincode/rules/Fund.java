package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.NOT_ELIGIBLE;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import cn.eldercare.chaincode.model.Account;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.MovementKind;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;

/**
 * The regulator's backstop (兜底): new minutes issued from the city fund, or minutes granted from
 * the donation pool, both only to priority elders.
 */
public final class Fund {

    public static final String FUND = "@fund";

    private Fund() {
    }

    public static Results.Movements issue(final TimeBankContext ctx, final Requests.Transfer req) {
        Access.requireRegulator(ctx);
        final long minutes = Checks.minutes(req.minutes());
        final Member elder = priorityElder(ctx, req.memberId());
        final Account account = Accounts.creditWithinCap(ctx, elder.memberId(), minutes);
        ctx.journal().move(elder.memberId(), MovementKind.ISSUED, minutes, account.balance(), FUND, null, null,
                Checks.text(req.reason(), "reason", 500));
        ctx.journal().aggregate(MovementKind.ISSUED, elder.regionCode(), minutes);
        return new Results.Movements(ctx.journal().movements());
    }

    public static Results.Movements grant(final TimeBankContext ctx, final Requests.Transfer req) {
        Access.requireRegulator(ctx);
        final long minutes = Checks.minutes(req.minutes());
        final String reason = Checks.text(req.reason(), "reason", 500);
        final Member elder = priorityElder(ctx, req.memberId());
        ctx.pool().withdraw(minutes);
        final Account account = Accounts.creditWithinCap(ctx, elder.memberId(), minutes);
        ctx.journal().move(Movement.POOL, MovementKind.GRANTED, -minutes, null, elder.memberId(), null, null, reason);
        ctx.journal().move(elder.memberId(), MovementKind.GRANTED, minutes, account.balance(), Movement.POOL, null,
                null, reason);
        return new Results.Movements(ctx.journal().movements());
    }

    private static Member priorityElder(final TimeBankContext ctx, final String memberId) {
        final Member member = Members.active(ctx, memberId);
        require(member.recipient() && member.priority() != null, NOT_ELIGIBLE,
                "%s is not registered as a priority elder", memberId);
        return member;
    }
}
