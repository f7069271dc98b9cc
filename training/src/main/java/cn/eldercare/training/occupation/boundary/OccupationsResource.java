package cn.eldercare.training.occupation.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.occupation.control.Occupations;
import cn.eldercare.training.occupation.entity.OccupationLevel;
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

    @GET
    @Allow
    public List<OccupationView> list() {
        List<OccupationLevel> levels = occupations.levels();
        return occupations.all().stream().map(o -> new OccupationView(o.getCode(), o.getName(), o.isLeveled(),
                levels.stream().filter(l -> l.getOccupationCode().equals(o.getCode()))
                        .map(l -> new LevelView(l.getLevel(), l.getStandardHours())).toList())).toList();
    }

    @PUT
    @Path("{code}/levels/{level}")
    @Allow(Role.REGULATOR)
    public LevelView changeHours(@PathParam("code") @Pattern(regexp = "[A-Z0-9]{1,16}") String code,
                                 @PathParam("level") @Min(0) @Max(5) int level,
                                 @NotNull @Valid Hours hours, @Context SecurityContext security) {
        OccupationLevel l = occupations.changeStandardHours(Callers.of(security), code, level, hours.standardHours());
        return new LevelView(l.getLevel(), l.getStandardHours());
    }
}
