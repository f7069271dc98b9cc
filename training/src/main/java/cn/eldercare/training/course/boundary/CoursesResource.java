package cn.eldercare.training.course.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.training.course.control.CourseFilter;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.LocalDate;

/** The course catalogue; base staff create and edit their own base's courses. */
@Path("courses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Courses courses;

    @GET
    @Allow
    public Page<CourseView> list(@QueryParam("baseId") Long baseId,
                                 @QueryParam("occupation") @Pattern(regexp = "[A-Z0-9]{1,16}") String occupation,
                                 @QueryParam("level") @Min(0) @Max(5) Integer level,
                                 @QueryParam("mode") DeliveryMode mode,
                                 @QueryParam("subsidyEligible") Boolean subsidyEligible,
                                 @QueryParam("startsFrom") LocalDate startsFrom,
                                 @QueryParam("title") @Size(max = 100) String title,
                                 @Valid @BeanParam PageRequest page) {
        return courses.list(new CourseFilter(baseId, occupation, level, mode, subsidyEligible, startsFrom, title), page)
                .map(CourseView::of);
    }

    @GET
    @Path("{id}")
    @Allow
    public CourseView get(@PathParam("id") long id) {
        return CourseView.of(courses.get(id));
    }

    @POST
    @Allow(Role.BASE_STAFF)
    public Response create(@NotNull @Valid CourseInput input, @Context SecurityContext security) {
        Course course = courses.create(Callers.of(security), input.draft());
        return Response.status(Response.Status.CREATED).entity(CourseView.of(course)).build();
    }

    @PUT
    @Path("{id}")
    @Allow(Role.BASE_STAFF)
    public CourseView update(@PathParam("id") long id, @NotNull @Valid CourseInput input, @Context SecurityContext security) {
        return CourseView.of(courses.update(Callers.of(security), id, input.draft()));
    }
}
