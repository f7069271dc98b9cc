package cn.eldercare.account.boundary;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.account.entity.AccountStatus;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Account administration, each step with a reason in the audit trail: the regulator for anyone, base
 * staff for their base's staff and assessors, station staff for their station's staff and members.
 */
@Path("accounts/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    public record AccountState(long id, String username, Role role, AccountStatus status, String statusReason) {
        static AccountState of(UserAccount u) {
            return new AccountState(u.getId(), u.getUsername(), u.getRole(), u.getStatus(), u.getStatusReason());
        }
    }

    @Inject
    Accounts accounts;

    /** The account can no longer sign in, and every token it holds stops working at once. */
    @Operation(summary = "停用账户 / Deactivate an account",
            description = "监管部门可停用任何账户，基地工作人员可停用本基地工作人员和考评员，服务站工作人员可停用本站工作人员和成员；"
                    + "须写明原因。账户随即不能登录，已发出的令牌立即失效。"
                    + "\n\nThe regulator deactivates any account, base staff their base's staff and assessors, station staff their "
                    + "station's staff and members, with a reason. The account can no longer sign in, and every token it holds "
                    + "stops working at once.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Path("deactivate")
    @RolesAllowed({Roles.REGULATOR, Roles.BASE_STAFF, Roles.STATION_STAFF})
    public AccountState deactivate(@PathParam("id") long id, @NotNull @Valid Reason in, @Context SecurityContext security) {
        return AccountState.of(accounts.deactivate(Callers.of(security), id, in.reason()));
    }

    @Operation(summary = "重新启用账户 / Reactivate an account",
            description = "停用账户的同一批管理者以原因重新启用账户，记入审计。"
                    + "\n\nThose who may deactivate an account reactivate it, with a reason, in the audit trail.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Path("reactivate")
    @RolesAllowed({Roles.REGULATOR, Roles.BASE_STAFF, Roles.STATION_STAFF})
    public AccountState reactivate(@PathParam("id") long id, @NotNull @Valid Reason in, @Context SecurityContext security) {
        return AccountState.of(accounts.reactivate(Callers.of(security), id, in.reason()));
    }

    /** Signs the account out everywhere; its holder may do this too. */
    @Operation(summary = "注销账户的全部会话 / Sign an account out everywhere",
            description = "账户本人或其管理者使该账户之前签发的所有令牌失效（所有设备退出登录）。"
                    + "\n\nThe holder or an administrator of the account invalidates every token issued to it so far (signed out on "
                    + "every device).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Path("revoke-tokens")
    @RolesAllowed(Roles.SIGNED_IN)
    public AccountState revokeTokens(@PathParam("id") long id, @NotNull @Valid Reason in, @Context SecurityContext security) {
        return AccountState.of(accounts.revokeTokens(Callers.of(security), id, in.reason()));
    }
}
