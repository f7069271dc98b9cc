package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.NOT_RELATIVE;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.util.List;

import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Relation;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.state.Keys;
import cn.eldercare.chaincode.state.LedgerState;

/**
 * Direct-relative links, recorded by a station or the regulator after checking documents (a
 * member cannot declare relatives to move minutes around). Stored in both directions so either
 * side finds the link with one read.
 */
public final class Relatives {

    private Relatives() {
    }

    public static List<Relation> record(final TimeBankContext ctx, final Requests.RecordRelative req) {
        Access.requireStationOrRegulator(ctx);
        final Member member = Members.find(ctx, req.memberId());
        Access.allow(Access.isRegulator(ctx) || Access.isStationFor(ctx, member), ctx,
                "the regulator or the member's own station");
        final String memberId = member.memberId();
        final String relativeId = Members.find(ctx, req.relativeId()).memberId();
        require(!memberId.equals(relativeId), INVALID_ARGUMENT, "a member is not their own relative");
        final Kinship kinship = Checks.present(req.kinship(), "kinship");
        final Relation forward = new Relation(memberId, relativeId, kinship);
        final Relation backward = new Relation(relativeId, memberId, kinship.inverse());
        ctx.state().put(Keys.relative(memberId, relativeId), forward);
        ctx.state().put(Keys.relative(relativeId, memberId), backward);
        return List.of(forward, backward);
    }

    public static List<Relation> of(final TimeBankContext ctx, final String memberId) {
        return ctx.state().list(Relation.class, Keys.RELATIVE, memberId).stream().map(LedgerState.Entry::value)
                .toList();
    }

    public static Relation existing(final TimeBankContext ctx, final String memberId, final String relativeId) {
        return ctx.state().get(Keys.relative(memberId, relativeId), Relation.class).orElseThrow(
                () -> new TimeBankException(NOT_RELATIVE,
                        relativeId + " is not a registered direct relative of " + memberId));
    }
}
