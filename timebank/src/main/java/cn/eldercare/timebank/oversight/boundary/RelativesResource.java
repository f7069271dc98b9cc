package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.account.control.TimeAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
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

    @POST
    @Allow(Role.STATION_STAFF)
    public JsonValue record(@NotNull @Valid Relative in, @Context SecurityContext security) {
        return accounts.recordRelative(Callers.of(security), in.memberId(), in.relativeId(), in.kinship(), in.requestId());
    }
}
