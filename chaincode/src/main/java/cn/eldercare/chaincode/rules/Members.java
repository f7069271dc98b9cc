package cn.eldercare.chaincode.rules;

import static cn.eldercare.chaincode.error.ErrorCode.BLOCKED;
import static cn.eldercare.chaincode.error.ErrorCode.DUPLICATE;
import static cn.eldercare.chaincode.error.ErrorCode.FORBIDDEN;
import static cn.eldercare.chaincode.error.ErrorCode.INVALID_ARGUMENT;
import static cn.eldercare.chaincode.error.ErrorCode.NOT_FOUND;
import static cn.eldercare.chaincode.error.ErrorCode.UNDER_AGE;
import static cn.eldercare.chaincode.error.TimeBankException.require;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import cn.eldercare.chaincode.error.TimeBankException;
import cn.eldercare.chaincode.model.Member;
import cn.eldercare.chaincode.model.MemberStatus;
import cn.eldercare.chaincode.model.Requests;
import cn.eldercare.chaincode.state.Keys;

/** Registration of volunteers and recipients, and the blacklist. */
public final class Members {

    /** Reasons a recipient is a priority elder for the backstop fund. */
    public static final Set<String> PRIORITIES = Set.of("ALONE_80_PLUS", "LOW_INCOME", "DISABLED");

    private Members() {
    }

    /** A member registers themselves, or a station or the regulator registers them (offline channel). */
    public static Member registerVolunteer(final TimeBankContext ctx, final Requests.RegisterVolunteer req) {
        final String memberId = Checks.memberId(req.memberId(), "memberId");
        Access.allow(Access.isMember(ctx, memberId) || Access.isStation(ctx) || Access.isRegulator(ctx), ctx,
                "the member, a station or the regulator");
        final LocalDate birthDate = birthDate(ctx, req.birthDate());
        require(Checks.age(birthDate, ctx.now()) >= ctx.config().rules().minVolunteerAge(), UNDER_AGE,
                "volunteers must be at least %d years old", ctx.config().rules().minVolunteerAge());
        final Member existing = existing(ctx, memberId, birthDate, req.regionCode()).orElse(null);
        require(existing == null || !existing.volunteer(), DUPLICATE, "%s is already a volunteer", memberId);
        final String station = homeStation(ctx, existing, req.stationId());
        final Member member = (existing != null ? existing : newMember(ctx, memberId, birthDate, req.regionCode()))
                .atStation(station).asVolunteer();
        ctx.state().put(Keys.member(memberId), member);
        return member;
    }

    /** Only a station or the regulator may mark someone a priority elder. */
    public static Member registerRecipient(final TimeBankContext ctx, final Requests.RegisterRecipient req) {
        final String memberId = Checks.memberId(req.memberId(), "memberId");
        final boolean official = Access.isStation(ctx) || Access.isRegulator(ctx);
        Access.allow(official || Access.isMember(ctx, memberId), ctx, "the member, a station or the regulator");
        require(req.priority() == null || PRIORITIES.contains(req.priority()), INVALID_ARGUMENT,
                "priority must be one of %s", PRIORITIES);
        require(req.priority() == null || official, FORBIDDEN, "only a station or the regulator sets priority");
        final LocalDate birthDate = birthDate(ctx, req.birthDate());
        final Member existing = existing(ctx, memberId, birthDate, req.regionCode()).orElse(null);
        require(existing == null || !existing.recipient(), DUPLICATE, "%s is already a recipient", memberId);
        final String station = homeStation(ctx, existing, req.stationId());
        final Member member = (existing != null ? existing : newMember(ctx, memberId, birthDate, req.regionCode()))
                .atStation(station).asRecipient(req.priority());
        ctx.state().put(Keys.member(memberId), member);
        return member;
    }

    public static Member setStatus(final TimeBankContext ctx, final Requests.SetMemberStatus req) {
        Access.requireRegulator(ctx);
        Checks.text(req.reason(), "reason", 500);
        final Member member = find(ctx, req.memberId()).withStatus(Checks.present(req.status(), "status"));
        ctx.state().put(Keys.member(member.memberId()), member);
        return member;
    }

    public static Member find(final TimeBankContext ctx, final String memberId) {
        return ctx.state().get(Keys.member(Checks.memberId(memberId, "memberId")), Member.class)
                .orElseThrow(() -> new TimeBankException(NOT_FOUND, "no member " + memberId));
    }

    /** A member allowed to take part: registered and not blacklisted. */
    public static Member active(final TimeBankContext ctx, final String memberId) {
        final Member member = find(ctx, memberId);
        require(member.status() == MemberStatus.ACTIVE, BLOCKED, "member %s is blocked", memberId);
        return member;
    }

    private static Optional<Member> existing(final TimeBankContext ctx, final String memberId,
            final LocalDate birthDate, final String regionCode) {
        final Optional<Member> existing = ctx.state().get(Keys.member(memberId), Member.class);
        existing.ifPresent(m -> require(m.birthDate().equals(birthDate) && m.regionCode().equals(regionCode),
                INVALID_ARGUMENT, "member %s is registered with another birth date or region", memberId));
        return existing;
    }

    private static Member newMember(final TimeBankContext ctx, final String memberId, final LocalDate birthDate,
            final String regionCode) {
        return new Member(memberId, birthDate, Checks.code(regionCode, "regionCode"), false, false, null,
                MemberStatus.ACTIVE, ctx.now(), ctx.caller().id(), null);
    }

    /**
     * The station a registration puts the member at: staff of a station register members of their own
     * station only, and nobody moves an existing member to another station by registering them again.
     */
    private static String homeStation(final TimeBankContext ctx, final Member existing, final String requested) {
        final String station = requested == null ? ctx.caller().stationId() : Checks.code(requested, "stationId");
        require(!Access.isStation(ctx) || ctx.caller().stationId() == null || ctx.caller().stationId().equals(station),
                FORBIDDEN, "staff of station %s register members of their own station only", ctx.caller().stationId());
        require(existing == null || existing.stationId() == null || station == null
                || existing.stationId().equals(station), FORBIDDEN, "%s belongs to another station",
                existing == null ? "" : existing.memberId());
        return station;
    }

    private static LocalDate birthDate(final TimeBankContext ctx, final LocalDate birthDate) {
        require(birthDate != null && !birthDate.isAfter(Checks.date(ctx.now())), INVALID_ARGUMENT,
                "birthDate is required and may not be in the future");
        return birthDate;
    }
}
