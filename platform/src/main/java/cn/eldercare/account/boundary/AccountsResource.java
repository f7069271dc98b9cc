package cn.eldercare.account.boundary;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.account.entity.AccountStatus;
import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
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
    @POST
    @Path("deactivate")
    @Allow({Role.REGULATOR, Role.BASE_STAFF, Role.STATION_STAFF})
    public AccountState deactivate(@PathParam("id") long id, @NotNull @Valid Reason in, @Context SecurityContext security) {
        return AccountState.of(accounts.deactivate(Callers.of(security), id, in.reason()));
    }

    @POST
    @Path("reactivate")
    @Allow({Role.REGULATOR, Role.BASE_STAFF, Role.STATION_STAFF})
    public AccountState reactivate(@PathParam("id") long id, @NotNull @Valid Reason in, @Context SecurityContext security) {
        return AccountState.of(accounts.reactivate(Callers.of(security), id, in.reason()));
    }

    /** Signs the account out everywhere; its holder may do this too. */
    @POST
    @Path("revoke-tokens")
    @Allow
    public AccountState revokeTokens(@PathParam("id") long id, @NotNull @Valid Reason in, @Context SecurityContext security) {
        return AccountState.of(accounts.revokeTokens(Callers.of(security), id, in.reason()));
    }
}
