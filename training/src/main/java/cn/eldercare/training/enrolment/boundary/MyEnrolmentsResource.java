package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.enrolment.control.Enrolments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A caregiver's own enrolments, with hours against the standard hours. */
@Path("me/enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyEnrolmentsResource {

    @Inject
    Enrolments enrolments;
    @Inject
    EnrolmentViews views;

    @Operation(summary = "我的报名 / My enrolments",
            description = "护理员分页查看自己的报名、候补位置、学时和成绩。"
                    + "\n\nA caregiver's own enrolments, waiting-list positions, hours and scores, a page at a time.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed(Roles.CAREGIVER)
    public Page<EnrolmentView> mine(@Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return views.of(enrolments.ofCaregiver(Callers.of(security).caregiverId(), page));
    }
}
