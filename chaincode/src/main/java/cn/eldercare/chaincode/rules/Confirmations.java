package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.EXPIRED;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_STATE;
import static cn.eldercare.chaincode.error.ErrorCode.SELF_CONFIRMATION;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import cn.eldercare.chaincode.identity.Caller;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Results;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.model.ServiceStatus;
import cn.eldercare.chaincode.state.Keys;

/**
 * The counterparty's confirmation, the only way minutes are earned: the recipient or a station
 * rates the service, and it must be someone other than the volunteer and the person who
 * recorded it (two people behind every deposit).
 */
public final class Confirmations {

    private Confirmations() {
    }

    public static Results.Confirmation confirm(final TimeBankContext ctx, final Requests.ConfirmService req) {
        final ServiceRecord record = Recording.find(ctx, req.recordId());
        Access.allow(Access.isMember(ctx, record.recipientId())
                || Access.isStationFor(ctx, Members.find(ctx, record.recipientId())), ctx,
                "the recipient or the recipient's own station");
        final Caller caller = ctx.caller();
        require(!record.volunteerId().equals(caller.memberId()) && !record.submittedBy().equals(caller.id()),
                SELF_CONFIRMATION, "the volunteer or whoever recorded the service cannot confirm it");
        require(record.status() == ServiceStatus.PENDING, INVALID_STATE, "record %s is %s, not awaiting confirmation",
                record.recordId(), record.status());
        require(!record.isExpiredAt(ctx.now()), EXPIRED, "record %s had to be confirmed by %s",
                record.recordId(), record.expiresAt());
        final int rating = Checks.present(req.rating(), "rating");
        require(rating >= 1 && rating <= 5, INVALID_ARGUMENT, "rating must be 1 to 5");
        final Credits.Credit credit = Credits.credit(ctx, record);
        record.confirm(rating, Checks.optionalText(req.comment(), "comment", 500), caller.id(), ctx.now(),
                credit.toBalance() + credit.toPool());
        Recording.store(ctx, record);
        return new Results.Confirmation(record, credit.toBalance(), credit.toPool(), credit.balance(),
                ctx.journal().movements());
    }

    /** The volunteer withdraws, or the recipient or a station rejects, a record not yet credited. */
    public static ServiceRecord cancel(final TimeBankContext ctx, final Requests.RecordAction req) {
        final ServiceRecord record = Recording.find(ctx, req.recordId());
        Access.allow(Access.isMember(ctx, record.volunteerId()) || Access.isMember(ctx, record.recipientId())
                || Access.isStationFor(ctx, Members.find(ctx, record.recipientId()))
                || Access.isStationFor(ctx, Members.find(ctx, record.volunteerId())), ctx,
                "the volunteer, the recipient or their own station");
        requireUndecided(record);
        return close(ctx, record, ServiceStatus.CANCELLED, Checks.text(req.reason(), "reason", 500));
    }

    /** Anyone involved, or an official, may close a record whose confirmation deadline has passed. */
    public static ServiceRecord expire(final TimeBankContext ctx, final Requests.RecordAction req) {
        final ServiceRecord record = Recording.find(ctx, req.recordId());
        Access.requirePartyOrOfficial(ctx, record);
        requireUndecided(record);
        require(record.isExpiredAt(ctx.now()), INVALID_STATE, "record %s is open for confirmation until %s",
                record.recordId(), record.expiresAt());
        return close(ctx, record, ServiceStatus.EXPIRED, "not confirmed in time");
    }

    private static void requireUndecided(final ServiceRecord record) {
        require(record.status() == ServiceStatus.OPEN || record.status() == ServiceStatus.PENDING, INVALID_STATE,
                "record %s is already %s", record.recordId(), record.status());
    }

    private static ServiceRecord close(final TimeBankContext ctx, final ServiceRecord record,
            final ServiceStatus outcome, final String reason) {
        if (record.status() == ServiceStatus.OPEN) {
            ctx.state().delete(Keys.openVisit(record.volunteerId()));
        }
        Windows.remove(ctx, record);
        record.decide(outcome, ctx.caller().id(), ctx.now(), reason);
        return Recording.store(ctx, record);
    }
}
