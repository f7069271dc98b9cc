package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_STATE;
import static cn.eldercare.chaincode.error.ErrorCode.NOT_FOUND;
import static cn.eldercare.chaincode.error.ErrorCode.SELF_CONFIRMATION;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.time.Duration;
import java.time.Instant;

import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.model.Category;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.model.Rules;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.model.ServiceStatus;
import cn.eldercare.chaincode.state.Keys;

/**
 * Recording a service: check in and out, or submit start and end afterwards. The volunteer does
 * this, or a station clerk for a volunteer without a phone. Records are keyed by transaction id.
 */
public final class Recording {

    /** Tolerated client clock skew for a submitted end time. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private Recording() {
    }

    public static ServiceRecord checkIn(final TimeBankContext ctx, final Requests.CheckIn req) {
        final Category category = parties(ctx, req.volunteerId(), req.recipientId(), req.categoryCode());
        Windows.requireFree(ctx, req.volunteerId(), ctx.now(), ctx.now().plusSeconds(1));
        final ServiceRecord record = ServiceRecord.open(ctx.txId(), req.volunteerId(), req.recipientId(), category,
                ctx.now(), ctx.caller().id(), ctx.now().plus(expiry(ctx)));
        ctx.state().put(Keys.openVisit(req.volunteerId()), record.recordId());
        return store(ctx, record);
    }

    public static ServiceRecord checkOut(final TimeBankContext ctx, final Requests.RecordAction req) {
        final ServiceRecord record = find(ctx, req.recordId());
        Access.allow(Access.isMember(ctx, record.volunteerId())
                || Access.isStationFor(ctx, Members.find(ctx, record.volunteerId())), ctx,
                "the volunteer or their own station");
        require(record.status() == ServiceStatus.OPEN, INVALID_STATE, "record %s is %s, not checked in",
                record.recordId(), record.status());
        ctx.state().delete(Keys.openVisit(record.volunteerId()));
        requireWindow(ctx, record.start(), ctx.now());
        Windows.requireFree(ctx, record.volunteerId(), record.start(), ctx.now());
        record.close(ctx.now(), ctx.now().plus(expiry(ctx)));
        Windows.add(ctx, record);
        return store(ctx, record);
    }

    public static ServiceRecord submit(final TimeBankContext ctx, final Requests.SubmitService req) {
        final Category category = parties(ctx, req.volunteerId(), req.recipientId(), req.categoryCode());
        final Instant start = Checks.present(req.start(), "start");
        final Instant end = Checks.present(req.end(), "end");
        requireWindow(ctx, start, end);
        require(!end.isAfter(ctx.now().plus(SKEW)), INVALID_ARGUMENT, "end %s is in the future", end);
        require(!start.isBefore(ctx.now().minus(expiry(ctx))), INVALID_ARGUMENT,
                "services older than %d hours can no longer be submitted", ctx.config().rules().pendingExpiryHours());
        Windows.requireFree(ctx, req.volunteerId(), start, end);
        final ServiceRecord record = ServiceRecord.open(ctx.txId(), req.volunteerId(), req.recipientId(), category,
                start, ctx.caller().id(), null);
        record.close(end, ctx.now().plus(expiry(ctx)));
        Windows.add(ctx, record);
        return store(ctx, record);
    }

    public static ServiceRecord find(final TimeBankContext ctx, final String recordId) {
        Checks.text(recordId, "recordId", 128);
        return ctx.state().get(Keys.record(recordId), ServiceRecord.class)
                .orElseThrow(() -> new TimeBankException(NOT_FOUND, "no service record " + recordId));
    }

    public static ServiceRecord store(final TimeBankContext ctx, final ServiceRecord record) {
        ctx.state().put(Keys.record(record.recordId()), record);
        ctx.journal().touched(record);
        return record;
    }

    public static Duration expiry(final TimeBankContext ctx) {
        return Duration.ofHours(ctx.config().rules().pendingExpiryHours());
    }

    private static Category parties(final TimeBankContext ctx, final String volunteerId, final String recipientId,
            final String categoryCode) {
        Access.allow(Access.isMember(ctx, volunteerId) || Access.isStation(ctx), ctx, "the volunteer or a station");
        final Member volunteer = Members.active(ctx, volunteerId);
        Access.allow(Access.isMember(ctx, volunteerId) || Access.isStationFor(ctx, volunteer), ctx,
                "the volunteer or their own station");
        require(volunteer.volunteer(), INVALID_STATE, "%s is not registered as a volunteer", volunteerId);
        require(!volunteerId.equals(recipientId), SELF_CONFIRMATION, "a volunteer cannot serve themselves");
        final Member recipient = Members.active(ctx, recipientId);
        require(recipient.recipient(), INVALID_STATE, "%s is not registered as a recipient", recipientId);
        return Catalogue.requireActive(ctx, categoryCode);
    }

    private static void requireWindow(final TimeBankContext ctx, final Instant start, final Instant end) {
        final long minutes = Duration.between(start, end).toMinutes();
        final Rules rules = ctx.config().rules();
        require(minutes >= 1 && minutes <= rules.maxServiceMinutes(), INVALID_ARGUMENT,
                "a service lasts from 1 to %d minutes, not %d", rules.maxServiceMinutes(), minutes);
    }
}
