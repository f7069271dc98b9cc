package cn.eldercare.training.occupation.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.occupation.control.Occupations;
import cn.eldercare.training.occupation.entity.OccupationLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Occupations with their levels and standard hours (level 0 = a public course with no level). */
@Path("occupations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OccupationsResource {

    public record LevelView(int level, int standardHours) {
    }

    public record OccupationView(String code, Text name, boolean leveled, List<LevelView> levels) {
    }

    public record Hours(@NotNull @Min(1) @Max(2000) Integer standardHours) {
    }

    @Inject
    Occupations occupations;

    @Operation(summary = "职业与等级 / Occupations and levels",
            description = "职业（如养老护理员）及其各等级的标准学时。"
                    + "\n\nThe occupations (such as elderly caregiver) and the standard hours of each level.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    public List<OccupationView> list() {
        List<OccupationLevel> levels = occupations.levels();
        return occupations.all().stream().map(o -> new OccupationView(o.getCode(), o.getName(), o.isLeveled(),
                levels.stream().filter(l -> l.getOccupationCode().equals(o.getCode()))
                        .map(l -> new LevelView(l.getLevel(), l.getStandardHours())).toList())).toList();
    }

    @Operation(summary = "设定标准学时 / Set a level's standard hours",
            description = "监管部门设定某职业某等级的标准培训学时。"
                    + "\n\nThe regulator sets the standard training hours of an occupation's level.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @PUT
    @Path("{code}/levels/{level}")
    @RolesAllowed(Roles.REGULATOR)
    public LevelView changeHours(@PathParam("code") @Pattern(regexp = "[A-Z0-9]{1,16}") String code,
                                 @PathParam("level") @Min(0) @Max(5) int level,
                                 @NotNull @Valid Hours hours, @Context SecurityContext security) {
        OccupationLevel l = occupations.changeStandardHours(Callers.of(security), code, level, hours.standardHours());
        return new LevelView(l.getLevel(), l.getStandardHours());
    }
}
