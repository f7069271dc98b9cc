package cn.eldercare.timebank.service.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.readmodel.entity.ServiceRow;
import cn.eldercare.timebank.service.control.Services;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;

/** Logging a service (volunteer, or station staff for one), confirming it (recipient or station), and the pending queue. */
@Path("timebank/services")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicesResource {

    public record LogService(@Size(max = 64) String volunteerId, @NotBlank @Size(max = 64) String recipientId,
                             @NotBlank @Pattern(regexp = "[A-Z_]{2,32}") String categoryCode, @NotNull OffsetDateTime start,
                             @NotNull OffsetDateTime end, @Size(max = 64) String requestId) {
    }

    public record Confirm(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 500) String comment, @Size(max = 64) String requestId) {
    }

    public record PendingView(String recordId, String volunteerId, String recipientId, String categoryCode, OffsetDateTime start,
                              OffsetDateTime end, Long servedMinutes, OffsetDateTime expiresAt) {
        static PendingView of(ServiceRow s) {
            return new PendingView(s.getRecordId(), s.getVolunteerId(), s.getRecipientId(), s.getCategoryCode(), s.getStartsAt(),
                    s.getEndsAt(), s.getServedMinutes(), s.getExpiresAt());
        }
    }

    @Inject
    Services services;

    @Operation(summary = "登记一次服务 / Log a service",
            description = "志愿者为自己、或服务站工作人员为本站志愿者登记一次服务（对象、类别、起止时间），"
                    + "待服务对象或站点确认后存入时间。同一志愿者时段重叠或重复提交时为 409。"
                    + "\n\nA volunteer, or station staff for a volunteer of their station, log a service (recipient, category, start "
                    + "and end); its minutes are deposited once the recipient or the station confirms. 409 for an overlapping "
                    + "time window or a duplicate.")
    @APIResponse(responseCode = "201", description = "已登记，待确认 / Logged, awaiting confirmation",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @RolesAllowed({Roles.VOLUNTEER, Roles.STATION_STAFF})
    public Response log(@NotNull @Valid LogService in, @Context SecurityContext security) {
        if (!in.end().isAfter(in.start())) {
            throw DomainException.invalid("end", Text.of("结束时间须晚于开始时间", "must be after start"));
        }
        ServiceRecordView record = ServiceRecordView.of(services.log(Callers.of(security), in.volunteerId(), in.recipientId(),
                in.categoryCode(), in.start().toInstant(), in.end().toInstant(), in.requestId()));
        return Response.status(Response.Status.CREATED).entity(record).build();
    }

    @Operation(summary = "确认一次服务 / Confirm a service",
            description = "服务对象本人、或其服务站工作人员代为确认一次服务并评分，时间随即存入志愿者账户。"
                    + "已确认或已过确认期限时为 409；不能确认自己登记的服务（403）。"
                    + "\n\nThe recipient, or staff of their station on their behalf, confirm a service with a rating; the minutes "
                    + "are deposited to the volunteer at once. 409 when already confirmed or past the deadline; 403 for one's "
                    + "own service.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @Path("{recordId}/confirm")
    @RolesAllowed({Roles.RECIPIENT, Roles.STATION_STAFF})
    public ConfirmationView confirm(@PathParam("recordId") @Size(max = 80) String recordId, @NotNull @Valid Confirm in,
                                    @Context SecurityContext security) {
        return ConfirmationView.of(services.confirm(Callers.of(security), recordId, in.rating(), in.comment(), in.requestId()));
    }

    @Operation(summary = "待确认的服务 / Services awaiting confirmation",
            description = "志愿者看到自己登记的、服务对象看到为自己登记的、服务站看到本站的、监管部门看到全部待确认服务，"
                    + "分页返回。"
                    + "\n\nServices awaiting confirmation, a page at a time: the volunteer's own, those for the recipient, the "
                    + "station's, or all for the regulator.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @Path("pending")
    @RolesAllowed({Roles.VOLUNTEER, Roles.RECIPIENT, Roles.STATION_STAFF, Roles.REGULATOR})
    public Page<PendingView> pending(@Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        return services.pending(Callers.of(security), page).map(PendingView::of);
    }
}
