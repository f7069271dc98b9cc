package cn.eldercare.timebank.account.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.account.control.Relatives;
import cn.eldercare.timebank.account.control.TimeAccounts;
import cn.eldercare.timebank.member.boundary.MemberView;
import cn.eldercare.timebank.member.boundary.RecipientChoice;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.readmodel.entity.AccountRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    @Operation(summary = "我的时间余额 / My time balance",
            description = "志愿者或服务对象查看自己在时间银行的余额（小时与分钟）和累计存入、兑换的时间。"
                    + "\n\nA volunteer or recipient sees their time-bank balance (hours and minutes) and the time deposited and "
                    + "redeemed so far.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT})
    public Balance balance(@Context SecurityContext security) {
        Member me = members.of(Callers.of(security));
        AccountRow a = accounts.balance(me.getMemberId());
        return new Balance(MemberView.of(me, members.phone(me)), a.getBalance(), a.getBalance() / 60, a.getBalance() % 60, a.getDeposited(), a.getWithdrawn());
    }

    @Operation(summary = "我的时间明细 / My statement",
            description = "志愿者或服务对象分页查看自己的存入、兑换、赠与与捐赠记录，对方是本平台成员时注明姓名。"
                    + "\n\nA volunteer or recipient reads their deposits, redemptions, gifts and donations, a page at a time, naming "
                    + "the other party where they are a member here.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("statement")
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT})
    public Page<MovementView> statement(@Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return accounts.statement(members.of(Callers.of(security)).getMemberId(), page).map(MovementView::of);
    }

    @Operation(summary = "我的直系亲属 / My relatives",
            description = "服务站为本人登记的直系亲属（姓名与关系），用于赠与时间。"
                    + "\n\nThe direct relatives the station recorded for the caller (name and kinship), to give time to.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("relatives")
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT})
    public List<Relatives.Relative> relatives(@Context SecurityContext security) {
        return relatives.of(Callers.of(security));
    }

    public record Identity(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 18) String idNumber) {
    }

    /** The recipients the volunteer has served before, to log another service for one by name. */
    @Operation(summary = "我服务过的对象 / Recipients I have served",
            description = "志愿者按姓名查找曾服务过的对象（身份证号遮挡），以便再次登记服务。"
                    + "\n\nA volunteer finds, by name, the recipients they have served before (ID number masked), to log another "
                    + "service.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("recipients")
    @RolesAllowed(Roles.VOLUNTEER)
    public Page<RecipientChoice> recipients(@QueryParam("name") @Size(max = 50) String name, @Valid @BeanParam PageRequest page,
                                            @Context SecurityContext security) {
        return members.recipientsFor(Callers.of(security), name, page).map(RecipientChoice::of);
    }

    /** A recipient of the volunteer's station to serve for the first time, by full name and ID number (sent in the body, never in a URL). */
    @Operation(summary = "查找本站服务对象 / Find a recipient of my station",
            description = "志愿者首次为某位老人登记服务时，按全名和身份证号（放在请求体中，从不放入网址）查找本站的服务对象。"
                    + "\n\nA volunteer serving someone for the first time finds a recipient of their station by full name and ID "
                    + "number (sent in the body, never in a URL).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Path("recipients/lookup")
    @RolesAllowed(Roles.VOLUNTEER)
    public RecipientChoice lookupRecipient(@NotNull @Valid Identity in, @Context SecurityContext security) {
        return RecipientChoice.of(members.recipientByIdentity(Callers.of(security), in.name(), in.idNumber()));
    }

    @Operation(summary = "兑换服务时间 / Redeem time",
            description = "志愿者或服务对象用余额兑换服务；余额不足或未达兑换门槛时为 409。写入时间银行账本。"
                    + "\n\nA volunteer or recipient redeems minutes for a service; 409 when the balance is too low or below the "
                    + "redemption threshold. Written to the time-bank ledger.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @Path("redemptions")
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT})
    public MovementsResult redeem(@NotNull @Valid Redeem in, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        return MovementsResult.of(accounts.redeem(caller, in.beneficiaryId(), in.categoryCode(), in.minutes(), in.requestId()));
    }

    @Operation(summary = "赠与时间给亲属 / Give time to a relative",
            description = "把时间赠与服务站登记的直系亲属；对方不是登记亲属、余额不足或超过存储上限时为 409。"
                    + "写入时间银行账本。"
                    + "\n\nGives minutes to a direct relative the station recorded; 409 when they are not a recorded relative, the "
                    + "balance is too low or the cap would be passed. Written to the time-bank ledger.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @Path("gifts")
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT})
    public MovementsResult gift(@NotNull @Valid Gift in, @Context SecurityContext security) {
        return MovementsResult.of(accounts.gift(Callers.of(security), in.relativeId(), in.minutes(), in.requestId()));
    }

    @Operation(summary = "捐赠时间 / Donate time",
            description = "把时间捐赠给公益时间池；余额不足时为 409。写入时间银行账本。"
                    + "\n\nDonates minutes to the public pool; 409 when the balance is too low. Written to the time-bank ledger.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @Path("donations")
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT})
    public MovementsResult donate(@NotNull @Valid Donation in, @Context SecurityContext security) {
        return MovementsResult.of(accounts.donate(Callers.of(security), in.minutes(), in.requestId()));
    }
}
