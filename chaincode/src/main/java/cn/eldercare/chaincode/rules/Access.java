package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.FORBIDDEN;

import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.identity.Caller;
import cn.eldercare.chaincode.identity.Role;
import cn.eldercare.chaincode.model.LedgerConfig;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.ServiceRecord;

/**
 * Who may do what, decided from the caller's MSP and certificate attributes against the MSP ids
 * in the ledger configuration: a role attribute alone is not enough, since any organisation's CA
 * can write any attribute into the certificates it issues.
 */
public final class Access {

    private Access() {
    }

    public static boolean isRegulator(final TimeBankContext ctx) {
        final Caller caller = ctx.caller();
        return caller.hasRole(Role.REGULATOR) && caller.mspId().equals(ctx.config().regulatorMsp());
    }

    public static boolean isStation(final TimeBankContext ctx) {
        final Caller caller = ctx.caller();
        return caller.hasRole(Role.STATION) && ctx.config().stationMsps().contains(caller.mspId());
    }

    /**
     * A station acting for one of its own members. Staff named with a station act only for members of
     * that station; a station identity without one speaks for its whole organisation, and a member
     * registered before stations were recorded may be served by any station.
     */
    public static boolean isStationFor(final TimeBankContext ctx, final Member member) {
        final String station = ctx.caller().stationId();
        return isStation(ctx) && (station == null || member.stationId() == null || station.equals(member.stationId()));
    }

    /** The caller is the member {@code memberId}, enrolled by a member-enrolling organisation. */
    public static boolean isMember(final TimeBankContext ctx, final String memberId) {
        final Caller caller = ctx.caller();
        final LedgerConfig config = ctx.config();
        return (caller.hasRole(Role.VOLUNTEER) || caller.hasRole(Role.RECIPIENT))
                && memberId != null && memberId.equals(caller.memberId())
                && config.memberMsps().contains(caller.mspId());
    }

    public static void requireRegulator(final TimeBankContext ctx) {
        allow(isRegulator(ctx), ctx, "only the regulator");
    }

    public static void requireStationOrRegulator(final TimeBankContext ctx) {
        allow(isStation(ctx) || isRegulator(ctx), ctx, "only a service station or the regulator");
    }

    /** Moving a member's minutes is for that member alone. */
    public static void requireOwner(final TimeBankContext ctx, final String memberId) {
        allow(isMember(ctx, memberId), ctx, "only member " + memberId);
    }

    /** Reading an account: the member, a station serving them, or the regulator. */
    public static void requireOwnerOrOfficial(final TimeBankContext ctx, final String memberId) {
        allow(isMember(ctx, memberId) || isStation(ctx) || isRegulator(ctx), ctx,
                "only member " + memberId + ", a station or the regulator");
    }

    /** Reading or expiring a service record: its volunteer or recipient, a station or the regulator. */
    public static void requirePartyOrOfficial(final TimeBankContext ctx, final ServiceRecord record) {
        allow(isMember(ctx, record.volunteerId()) || isMember(ctx, record.recipientId()) || isStation(ctx)
                || isRegulator(ctx), ctx, "a party to the record or an official");
    }

    public static void allow(final boolean allowed, final TimeBankContext ctx, final String who) {
        TimeBankException.require(allowed, FORBIDDEN, "%s may do this; caller is %s with role %s%s",
                who, ctx.caller().mspId(), ctx.caller().role(),
                ctx.caller().stationId() == null ? "" : " of station " + ctx.caller().stationId());
    }
}
