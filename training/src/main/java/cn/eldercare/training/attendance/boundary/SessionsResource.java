package cn.eldercare.training.attendance.boundary;

import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.attendance.control.AttendanceRegister;
import cn.eldercare.training.attendance.entity.AttendanceSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import java.time.OffsetDateTime;
import java.util.List;

/** Class sessions of a course and who attended; base staff record, the base and regulator read. */
@Path("courses/{courseId}/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** Minutes, not fractional hours, so sums never drift. */
    public record SessionInput(@NotNull LocalDate heldOn, @NotNull @Min(1) @Max(720) Integer minutes,
                               @NotBlank @Size(max = 200) String topic,
                               @NotEmpty @Size(max = 2000) List<@NotNull Long> attendees) {
    }

    public record SessionView(long id, long courseId, LocalDate heldOn, int minutes, String topic, String recordedBy,
                              OffsetDateTime recordedAt) {
        static SessionView of(AttendanceSession s) {
            return new SessionView(s.getId(), s.getCourseId(), s.getHeldOn(), s.getMinutes(), s.getTopic(), s.getRecordedBy(),
                    s.getRecordedAt());
        }
    }

    @Inject
    AttendanceRegister register;

    @Operation(summary = "登记上课考勤 / Record a session's attendance",
            description = "本基地工作人员登记一次课的日期、学时和出勤学员，学时计入各学员的累计学时。"
                    + "\n\nStaff of the base record a session's date, hours and the enrolments present; the hours count towards each "
                    + "one's total.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @RolesAllowed(Roles.BASE_STAFF)
    public Response record(@PathParam("courseId") long courseId, @NotNull @Valid SessionInput in, @Context SecurityContext security) {
        AttendanceRegister.Recorded r = register.record(Callers.of(security), courseId, in.heldOn(), in.minutes(), in.topic().strip(),
                in.attendees());
        // the same session sent again answers as a read of the one recorded, without adding its minutes a second time
        return Response.status(r.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(SessionView.of(r.session())).build();
    }

    @Operation(summary = "课程的上课记录 / A course's sessions",
            description = "基地工作人员、考评员或监管部门分页查看课程的上课与出勤记录。"
                    + "\n\nBase staff, assessors or the regulator read the course's sessions and attendance, a page at a time.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Page<SessionView> list(@PathParam("courseId") long courseId, @Valid @BeanParam PageRequest page,
                                  @Context SecurityContext security) {
        return register.sessions(Callers.of(security), courseId, page).map(SessionView::of);
    }
}
