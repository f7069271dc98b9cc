package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.REVOKED;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import cn.eldercare.chaincode.identity.Caller;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.state.Keys;

/**
 * Revoked identities: a lost or compromised signing certificate (by its certificate id), or a
 * person an organisation's server acts for (by actor id {@code <mspId>/<user>}). The peers' MSP
 * revocation lists need a channel configuration update signed by a majority; this takes effect
 * with the next transaction, on every organisation's server at once.
 */
public final class Revocations {

    private Revocations() {
    }

    public static void requireNotRevoked(final TimeBankContext ctx, final Caller caller) {
        require(!revoked(ctx, caller.certificateId()) && (caller.id().equals(caller.certificateId())
                || !revoked(ctx, caller.id())), REVOKED, "identity %s has been revoked", caller.id());
    }

    /** The regulator revokes an identity, with a reason; revoking twice keeps the first record. */
    public static Results.Revocation revoke(final TimeBankContext ctx, final Requests.RevokeIdentity req) {
        Access.requireRegulator(ctx);
        final String identity = Checks.text(req.identity(), "identity", 1024);
        final String reason = Checks.text(req.reason(), "reason", 500);
        require(!identity.equals(ctx.caller().id()) && !identity.equals(ctx.caller().certificateId()),
                INVALID_ARGUMENT, "an identity cannot revoke itself");
        final Results.Revocation revocation = ctx.state().get(Keys.revoked(identity), Results.Revocation.class)
                .orElse(new Results.Revocation(identity, reason, ctx.caller().id(), ctx.now()));
        ctx.state().put(Keys.revoked(identity), revocation);
        return revocation;
    }

    private static boolean revoked(final TimeBankContext ctx, final String identity) {
        return ctx.state().get(Keys.revoked(identity), Results.Revocation.class).isPresent();
    }
}
