package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.enrolment.control.Enrolments;
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

/** One enrolment: seen by its caregiver, the course's base and the regulator; cancelled by caregiver or base staff. */
@Path("enrolments/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    @Inject
    Enrolments enrolments;
    @Inject
    EnrolmentViews views;

    @GET
    @Allow({Role.CAREGIVER, Role.BASE_STAFF, Role.ASSESSOR, Role.REGULATOR})
    public EnrolmentView get(@PathParam("id") long id, @Context SecurityContext security) {
        return views.of(enrolments.visible(Callers.of(security), id));
    }

    @POST
    @Path("cancel")
    @Allow({Role.CAREGIVER, Role.BASE_STAFF})
    public EnrolmentView cancel(@PathParam("id") long id, @Context SecurityContext security) {
        return views.of(enrolments.cancel(Callers.of(security), id));
    }
}
