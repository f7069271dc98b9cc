package cn.eldercare.training.enrolment.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.enrolment.control.Enrolments;
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

/** A caregiver's own enrolments, with hours against the standard hours. */
@Path("me/enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyEnrolmentsResource {

    @Inject
    Enrolments enrolments;
    @Inject
    EnrolmentViews views;

    @GET
    @Allow(Role.CAREGIVER)
    public Page<EnrolmentView> mine(@Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return views.of(enrolments.ofCaregiver(Callers.of(security).caregiverId(), page));
    }
}
