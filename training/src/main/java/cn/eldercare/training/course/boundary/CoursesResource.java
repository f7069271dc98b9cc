package cn.eldercare.training.course.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.course.control.CourseFilter;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.course.entity.DeliveryMode;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;

/** The course catalogue; base staff create and edit their own base's courses. */
@Path("courses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Courses courses;

    @Operation(summary = "课程目录 / Course catalogue",
            description = "按基地、职业、等级、授课方式、标题、开课日期和是否可申领补贴筛选课程，分页返回，"
                    + "含剩余名额。"
                    + "\n\nCourses filtered by base, occupation, level, delivery, title, start date and subsidy, a page at a time, "
                    + "with places left.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @GET
    @RolesAllowed(Roles.SIGNED_IN)
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

    @Operation(summary = "查看课程 / Read a course",
            description = "课程的基地、职业与等级、学时、日期、名额和报名情况。"
                    + "\n\nA course's base, occupation and level, hours, dates, places and enrolments.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    public CourseView get(@PathParam("id") long id) {
        return CourseView.of(courses.get(id));
    }

    @Operation(summary = "开设课程 / Create a course",
            description = "基地工作人员为本基地开设课程；基地未获该职业等级认定时为 422。"
                    + "\n\nBase staff create a course of their base; 422 when the base is not accredited for its occupation and "
                    + "level.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @POST
    @RolesAllowed(Roles.BASE_STAFF)
    public Response create(@NotNull @Valid CourseInput input, @Context SecurityContext security) {
        Course course = courses.create(Callers.of(security), input.draft());
        return Response.status(Response.Status.CREATED).entity(CourseView.of(course)).build();
    }

    @Operation(summary = "修改课程 / Update a course",
            description = "本基地工作人员修改课程；基地未获该职业等级认定时为 422。"
                    + "\n\nStaff of the base change a course; 422 when the base is not accredited for its occupation and level.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.BASE_STAFF)
    public CourseView update(@PathParam("id") long id, @NotNull @Valid CourseInput input, @Context SecurityContext security) {
        return CourseView.of(courses.update(Callers.of(security), id, input.draft()));
    }
}
