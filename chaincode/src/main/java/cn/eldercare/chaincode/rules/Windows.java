package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.OVERLAPPING_WINDOW;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.eldercare.chaincode.model.Rules;
import cn.eldercare.chaincode.model.ServiceRecord;
import cn.eldercare.chaincode.state.Keys;
import cn.eldercare.chaincode.state.LedgerState;

/**
 * A volunteer's service windows, bucketed by the day they start: {@code tb.window~volunteer~day~start~record}.
 * No window is longer than a day, so a window overlapping [start, end) starts between the day
 * before {@code start} and the day of {@code end}: at most three small partial-key scans, which a
 * peer re-checks at commit, so two overlapping submissions racing each other cannot both commit.
 */
public final class Windows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Duration LONGEST = Duration.ofMinutes(Rules.MAX_WINDOW_MINUTES);

    private Windows() {
    }

    /** Refuses [start, end) if it overlaps a recorded window or the volunteer's open check-in. */
    public static void requireFree(final TimeBankContext ctx, final String volunteerId, final Instant start,
            final Instant end) {
        final LocalDate last = Checks.date(end);
        for (LocalDate day = Checks.date(start.minus(LONGEST)); !day.isAfter(last); day = day.plusDays(1)) {
            for (final LedgerState.Entry<Span> row : ctx.state().list(Span.class, Keys.WINDOW, volunteerId,
                    DAY.format(day))) {
                final Span other = row.value();
                require(!(other.start().isBefore(end) && other.end().isAfter(start)), OVERLAPPING_WINDOW,
                        "the volunteer already served from %s to %s (record %s)", other.start(), other.end(),
                        other.recordId());
            }
        }
        ctx.state().get(Keys.openVisit(volunteerId), String.class)
                .flatMap(recordId -> ctx.state().get(Keys.record(recordId), ServiceRecord.class))
                .ifPresent(open -> require(!open.start().isBefore(end), OVERLAPPING_WINDOW,
                        "the volunteer is checked in since %s (record %s)", open.start(), open.recordId()));
    }

    public static void add(final TimeBankContext ctx, final ServiceRecord record) {
        ctx.state().put(key(record), new Span(record.recordId(), record.start(), record.end()));
    }

    /** Frees the window of a cancelled or expired record so the time can be submitted again. */
    public static void remove(final TimeBankContext ctx, final ServiceRecord record) {
        if (record.end() != null) {
            ctx.state().delete(key(record));
        }
    }

    private static String key(final ServiceRecord record) {
        return Keys.of(Keys.WINDOW, record.volunteerId(), DAY.format(Checks.date(record.start())),
                Keys.padded(record.start().getEpochSecond(), 12), record.recordId());
    }

    /** Value of a window row. */
    public record Span(String recordId, Instant start, Instant end) {
    }
}
