package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.chaincode.model.Kinship;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.account.control.TimeAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.util.List;

/** Station staff record a direct-relative relationship (checked on paper), which gifts and redemptions need. */
@Path("timebank/relatives")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelativesResource {

    public record Relative(@NotBlank @Size(max = 64) String memberId, @NotBlank @Size(max = 64) String relativeId,
                           @NotNull @Pattern(regexp = "PARENT|GRANDPARENT|CHILD|GRANDCHILD") String kinship,
                           @Size(max = 64) String requestId) {
    }

    @Inject
    TimeAccounts accounts;

    @Operation(summary = "登记直系亲属 / Record a relative",
            description = "服务站工作人员登记两位成员之间的直系亲属关系，之后他们可以互相赠与时间。"
                    + "写入账本。"
                    + "\n\nStation staff record that two members are direct relatives, so that they can give each other time. "
                    + "Written to the ledger.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @RolesAllowed(Roles.STATION_STAFF)
    public List<RelationView> record(@NotNull @Valid Relative in, @Context SecurityContext security) {
        return RelationView.of(accounts.recordRelative(Callers.of(security), in.memberId(), in.relativeId(),
                Kinship.valueOf(in.kinship()), in.requestId()));
    }
}
