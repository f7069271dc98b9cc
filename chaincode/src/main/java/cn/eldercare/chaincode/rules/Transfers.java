package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.BELOW_THRESHOLD;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.UNDER_AGE;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import cn.eldercare.chaincode.model.Account;
import cn.eldercare.chaincode.model.Category;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Movement;
import cn.eldercare.chaincode.model.MovementKind;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.Rules;

/** A member spends their minutes: redeems a service, gifts to a relative, or donates to the pool. */
public final class Transfers {

    private Transfers() {
    }

    /** For oneself or a registered direct relative who has reached the redemption age. */
    public static Results.Movements redeem(final TimeBankContext ctx, final Requests.Redeem req) {
        Access.requireOwner(ctx, req.memberId());
        final long minutes = Checks.minutes(req.minutes());
        final Member payer = Members.active(ctx, req.memberId());
        final String beneficiaryId = req.beneficiaryId() == null ? payer.memberId() : req.beneficiaryId();
        final Member beneficiary = Members.active(ctx, beneficiaryId);
        if (!beneficiaryId.equals(payer.memberId())) {
            Relatives.existing(ctx, payer.memberId(), beneficiaryId);
        }
        final Rules rules = ctx.config().rules();
        require(Checks.age(beneficiary.birthDate(), ctx.now()) >= rules.minRedeemAge(), UNDER_AGE,
                "services are redeemed for members aged %d or over", rules.minRedeemAge());
        final Category category = Catalogue.requireActive(ctx, req.categoryCode());
        require(Accounts.load(ctx, payer.memberId()).deposited() >= rules.redeemThresholdMinutes(), BELOW_THRESHOLD,
                "redeeming starts after %d deposited minutes", rules.redeemThresholdMinutes());
        final Account account = Accounts.debit(ctx, payer.memberId(), minutes);
        ctx.journal().move(payer.memberId(), MovementKind.REDEEMED, -minutes, account.balance(), beneficiaryId, null,
                category.code(), null);
        ctx.journal().aggregate(MovementKind.REDEEMED, beneficiary.regionCode(), minutes);
        return new Results.Movements(ctx.journal().movements());
    }

    public static Results.Movements gift(final TimeBankContext ctx, final Requests.Transfer req) {
        Access.requireOwner(ctx, req.memberId());
        final long minutes = Checks.minutes(req.minutes());
        final String giverId = Members.active(ctx, req.memberId()).memberId();
        final String relativeId = Members.active(ctx, Checks.present(req.counterpartyId(), "counterpartyId"))
                .memberId();
        require(!giverId.equals(relativeId), INVALID_ARGUMENT, "a gift needs another member");
        Relatives.existing(ctx, giverId, relativeId);
        final Account giver = Accounts.debit(ctx, giverId, minutes);
        final Account receiver = Accounts.creditWithinCap(ctx, relativeId, minutes);
        ctx.journal().move(giverId, MovementKind.GIFT_OUT, -minutes, giver.balance(), relativeId, null, null,
                req.reason());
        ctx.journal().move(relativeId, MovementKind.GIFT_IN, minutes, receiver.balance(), giverId, null, null,
                req.reason());
        return new Results.Movements(ctx.journal().movements());
    }

    public static Results.Movements donate(final TimeBankContext ctx, final Requests.Transfer req) {
        Access.requireOwner(ctx, req.memberId());
        final long minutes = Checks.minutes(req.minutes());
        final String donorId = Members.active(ctx, req.memberId()).memberId();
        final Account donor = Accounts.debit(ctx, donorId, minutes);
        ctx.journal().move(donorId, MovementKind.DONATED, -minutes, donor.balance(), Movement.POOL, null, null,
                req.reason());
        final Movement in = ctx.journal().move(Movement.POOL, MovementKind.DONATED, minutes, null, donorId, null, null,
                req.reason());
        ctx.pool().deposit(minutes, in.seq());
        return new Results.Movements(ctx.journal().movements());
    }
}
