package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.entity.Enrolment;
import cn.eldercare.training.enrolment.entity.EnrolmentStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Enrolling into a course (a caregiver themself, or base staff for a caregiver) and the course roster. */
@Path("courses/{courseId}/enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseEnrolmentsResource {

    /** Base staff name the caregiver; a caregiver sends {} to enrol themself. */
    public record EnrolRequest(Long caregiverId) {
    }

    @Inject
    Enrolments enrolments;
    @Inject
    EnrolmentViews views;

    /** One transaction for the enrolment and its answer, which is built from the rows the enrolment loaded. */
    @Operation(summary = "报名课程 / Enrol in a course",
            description = "护理员为自己报名，或基地工作人员为护理员报名；名额已满时进入候补并返回候补位置。"
                    + "已报名时为 409。"
                    + "\n\nA caregiver enrols themself, or base staff enrol a caregiver; a full course puts them on the waiting list "
                    + "with their position. 409 when already enrolled.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Transactional
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF})
    public Response enrol(@PathParam("courseId") long courseId, EnrolRequest request, @Context SecurityContext security) {
        Enrolment e = enrolments.enrol(Callers.of(security), courseId, request == null ? null : request.caregiverId());
        return Response.status(Response.Status.CREATED).entity(views.of(e)).build();
    }

    @Operation(summary = "课程花名册 / Course roster",
            description = "基地工作人员、考评员或监管部门按状态（已报名、候补、已取消）分页查看课程的报名。"
                    + "\n\nBase staff, assessors or the regulator list the course's enrolments by status (enrolled, waiting, "
                    + "cancelled), a page at a time.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Page<EnrolmentView> roster(@PathParam("courseId") long courseId, @QueryParam("status") EnrolmentStatus status,
                                      @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return views.of(enrolments.roster(Callers.of(security), courseId, status, page));
    }
}
