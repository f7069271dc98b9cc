package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.account.boundary.MovementsResult;
import cn.eldercare.timebank.account.control.TimeAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The regulator's backstop fund issues minutes to priority elders (刚性兑付). */
@Path("timebank/fund/issues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundResource {

    public record Issue(@NotBlank @Size(max = 64) String memberId, @NotNull @Min(1) @Max(90_000) Long minutes,
                        @NotBlank @Size(max = 200) String reason, @Size(max = 64) String requestId) {
    }

    @Inject
    TimeAccounts accounts;

    @Operation(summary = "从公益时间池发放 / Issue from the fund",
            description = "监管部门从公益时间池向重点保障老人发放时间，写入账本；池中余额不足或对方不符合条件时为 409。"
                    + "\n\nThe regulator issues minutes from the public pool to a priority elder; written to the ledger. 409 when "
                    + "the pool is short or the recipient does not qualify.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @RolesAllowed(Roles.REGULATOR)
    public MovementsResult issue(@NotNull @Valid Issue in, @Context SecurityContext security) {
        return MovementsResult.of(accounts.issueFromFund(Callers.of(security), in.memberId(), in.minutes(), in.reason(), in.requestId()));
    }
}
