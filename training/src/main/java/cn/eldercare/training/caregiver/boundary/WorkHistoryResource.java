package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.caregiver.control.CaregiverHistory;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.WorkRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/**
 * Work history, which the eligibility check reads. Its own class path: a class at
 * "caregivers/{id}" would capture "/caregivers/{id}" itself from CaregiversResource.
 */
@Path("caregivers/{id}/work")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkHistoryResource {

    public record WorkInput(@NotBlank @Size(max = 200) String employer, @NotNull LocalDate from, LocalDate to,
                            @NotNull Boolean related) {
    }

    public record WorkView(long id, String employer, LocalDate from, LocalDate to, boolean related) {
        static WorkView of(WorkRecord w) {
            return new WorkView(w.getId(), w.getEmployer(), w.getFromDate(), w.getToDate(), w.isRelated());
        }
    }

    @Inject
    CaregiverHistory history;
    @Inject
    Caregivers caregivers;

    @Operation(summary = "工作经历 / Work history",
            description = "护理员的从业经历（单位、岗位、起止时间），用于计算申报条件中的从业年限。"
                    + "\n\nA caregiver's work history (employer, post, from and to), which the application conditions count years of "
                    + "work from.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public List<WorkView> work(@PathParam("id") long id, @Context SecurityContext security) {
        caregivers.visible(Callers.of(security), id);
        return history.work(id).stream().map(WorkView::of).toList();
    }

    @Operation(summary = "登记工作经历 / Add work history",
            description = "护理员本人或所属基地工作人员添加一段从业经历。"
                    + "\n\nThe caregiver or staff of their base add a period of work.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF})
    public Response addWork(@PathParam("id") long id, @NotNull @Valid WorkInput in, @Context SecurityContext security) {
        WorkRecord w = history.addWork(Callers.of(security), id, in.employer().strip(), in.from(), in.to(), in.related());
        return Response.status(Response.Status.CREATED).entity(WorkView.of(w)).build();
    }
}
