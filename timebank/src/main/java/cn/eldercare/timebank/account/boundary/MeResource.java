package cn.eldercare.timebank.account.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.account.control.Relatives;
import cn.eldercare.timebank.account.control.TimeAccounts;
import cn.eldercare.timebank.member.boundary.MemberView;
import cn.eldercare.timebank.member.boundary.RecipientChoice;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** A member's own account: balance in hours and minutes, statement, redeem, gift to a relative, donate; their relatives and recipients to pick. */
@Path("timebank/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Balance(MemberView member, long balanceMinutes, long hours, long minutes, long depositedMinutes,
                          long withdrawnMinutes) {
    }

    public record Redeem(@NotBlank @Pattern(regexp = "[A-Z_]{2,32}") String categoryCode, @NotNull @Min(1) @Max(90_000) Long minutes,
                         @Size(max = 64) String beneficiaryId, @Size(max = 64) String requestId) {
    }

    public record Gift(@NotBlank @Size(max = 64) String relativeId, @NotNull @Min(1) @Max(90_000) Long minutes,
                       @Size(max = 64) String requestId) {
    }

    public record Donation(@NotNull @Min(1) @Max(90_000) Long minutes, @Size(max = 64) String requestId) {
    }

    @Inject
    TimeAccounts accounts;
    @Inject
    Members members;
    @Inject
    Relatives relatives;

    @GET
    @Allow({Role.VOLUNTEER, Role.RECIPIENT})
    public Balance balance(@Context SecurityContext security) {
        Member me = members.of(Callers.of(security));
        AccountRow a = accounts.balance(me.getMemberId());
        return new Balance(MemberView.of(me, members.phone(me)), a.getBalance(), a.getBalance() / 60, a.getBalance() % 60, a.getDeposited(), a.getWithdrawn());
    }

    @GET
    @Path("statement")
    @Allow({Role.VOLUNTEER, Role.RECIPIENT})
    public Page<MovementView> statement(@Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return accounts.statement(members.of(Callers.of(security)).getMemberId(), page).map(MovementView::of);
    }

    @GET
    @Path("relatives")
    @Allow({Role.VOLUNTEER, Role.RECIPIENT})
    public List<Relatives.Relative> relatives(@Context SecurityContext security) {
        return relatives.of(Callers.of(security));
    }

    public record Identity(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 18) String idNumber) {
    }

    /** The recipients the volunteer has served before, to log another service for one by name. */
    @GET
    @Path("recipients")
    @Allow(Role.VOLUNTEER)
    public Page<RecipientChoice> recipients(@QueryParam("name") @Size(max = 50) String name, @Valid @BeanParam PageRequest page,
                                            @Context SecurityContext security) {
        return members.recipientsFor(Callers.of(security), name, page).map(RecipientChoice::of);
    }

    /** A recipient of the volunteer's station to serve for the first time, by full name and ID number (sent in the body, never in a URL). */
    @POST
    @Path("recipients/lookup")
    @Allow(Role.VOLUNTEER)
    public RecipientChoice lookupRecipient(@NotNull @Valid Identity in, @Context SecurityContext security) {
        return RecipientChoice.of(members.recipientByIdentity(Callers.of(security), in.name(), in.idNumber()));
    }

    @POST
    @Path("redemptions")
    @Allow({Role.VOLUNTEER, Role.RECIPIENT})
    public JsonValue redeem(@NotNull @Valid Redeem in, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        return accounts.redeem(caller, in.beneficiaryId(), in.categoryCode(), in.minutes(), in.requestId());
    }

    @POST
    @Path("gifts")
    @Allow({Role.VOLUNTEER, Role.RECIPIENT})
    public JsonValue gift(@NotNull @Valid Gift in, @Context SecurityContext security) {
        return accounts.gift(Callers.of(security), in.relativeId(), in.minutes(), in.requestId());
    }

    @POST
    @Path("donations")
    @Allow({Role.VOLUNTEER, Role.RECIPIENT})
    public JsonValue donate(@NotNull @Valid Donation in, @Context SecurityContext security) {
        return accounts.donate(Callers.of(security), in.minutes(), in.requestId());
    }
}
