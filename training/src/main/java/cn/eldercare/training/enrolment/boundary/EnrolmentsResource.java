package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.enrolment.control.Enrolments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One enrolment: seen by its caregiver, the course's base and the regulator; cancelled by caregiver or base staff. */
@Path("enrolments/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    @Inject
    Enrolments enrolments;
    @Inject
    EnrolmentViews views;

    @Operation(summary = "查看报名 / Read an enrolment",
            description = "护理员本人、基地和监管部门查看一个报名的状态、累计学时和成绩。"
                    + "\n\nThe caregiver, the base and the regulator read an enrolment's state, hours attended and scores.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public EnrolmentView get(@PathParam("id") long id, @Context SecurityContext security) {
        return views.of(enrolments.visible(Callers.of(security), id));
    }

    @Operation(summary = "取消报名 / Cancel an enrolment",
            description = "护理员本人或所属基地工作人员取消报名，候补第一位随即递补。已取消时为 409。"
                    + "\n\nThe caregiver or staff of the base cancel an enrolment; the first on the waiting list takes the place. "
                    + "409 when already cancelled.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("cancel")
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF})
    public EnrolmentView cancel(@PathParam("id") long id, @Context SecurityContext security) {
        return views.of(enrolments.cancel(Callers.of(security), id));
    }
}
