package cn.eldercare.timebank.member.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.MemberStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/**
 * Members of a service station: staff register people (the offline channel), see their own station's
 * members, and approve or reject those who applied on their own.
 */
@Path("timebank/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;
    @Inject
    Stations stations;
    @PersistenceContext
    EntityManager em;

    @Operation(summary = "登记时间银行成员 / Register a member",
            description = "服务站工作人员在本站登记志愿者或服务对象（身份证号、电话加密保存），立即写入账本并可登录。"
                    + "身份证号已登记时为 409。"
                    + "\n\nStation staff register a volunteer or recipient at their station (ID number and phone stored encrypted); "
                    + "the member is written to the ledger and can sign in at once. 409 when the ID number is already "
                    + "registered.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @RolesAllowed(Roles.STATION_STAFF)
    public Response register(@NotNull @Valid JoinInput in, @Context SecurityContext security) {
        Caller staff = Callers.of(security);
        if (in.username() != null && in.password() == null) {
            throw DomainException.invalid("password", Text.of("设置账户时需要密码", "is required with a username"));
        }
        Member m = members.register(staff, stations.of(staff).getId(), in.registration(false));
        return Response.status(Response.Status.CREATED).entity(view(m)).build();
    }

    @Operation(summary = "时间银行成员列表 / List members",
            description = "服务站工作人员列出本站成员，监管部门列出全部；可按姓名和状态（含待审核申请）筛选，"
                    + "身份证号遮挡。"
                    + "\n\nStation staff list their station's members, the regulator everyone's, filtered by name and status "
                    + "(pending applications included), ID numbers masked.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed({Roles.STATION_STAFF, Roles.REGULATOR})
    public Page<MemberView> list(@QueryParam("name") @Size(max = 50) String name, @QueryParam("status") MemberStatus status,
                                 @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Where where = new Where().like("m.name", name).eq("m.status", status);
        if (caller.is(Role.STATION_STAFF)) {
            where.eq("m.stationId", stations.of(caller).getId());
        }
        return where.page(em, "FROM Member m", "m", "m.name, m.memberId", Member.class, page).map(this::view);
    }

    @Operation(summary = "查看时间银行成员 / Read a member",
            description = "本站工作人员或监管部门查看一位成员（身份证号、电话遮挡）。"
                    + "\n\nStaff of the member's station or the regulator read a member (ID number and phone masked).")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{memberId}")
    @RolesAllowed({Roles.STATION_STAFF, Roles.REGULATOR})
    public MemberView get(@PathParam("memberId") @Size(max = 64) String memberId, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Member m = members.get(memberId);
        if (caller.is(Role.STATION_STAFF) && !Long.valueOf(stations.of(caller).getId()).equals(m.getStationId())) {
            throw DomainException.forbidden(Text.of("只能查看本站成员", "You can only see your own station's members"));
        }
        return view(m);
    }

    @Operation(summary = "批准加入申请 / Approve an application",
            description = "本站工作人员批准一份加入申请：成员写入账本，此后可以登录。不在待审核状态时为 409。"
                    + "\n\nStaff of the chosen station approve an application: the member is written to the ledger and can sign in "
                    + "from then on. 409 when it is not pending.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    @POST
    @Path("{memberId}/approve")
    @RolesAllowed(Roles.STATION_STAFF)
    public MemberView approve(@PathParam("memberId") @Size(max = 64) String memberId, @Context SecurityContext security) {
        return view(members.approve(Callers.of(security), memberId));
    }

    @Operation(summary = "拒绝加入申请 / Reject an application",
            description = "本站工作人员以原因拒绝一份加入申请，申请中的个人信息随即删除。不在待审核状态时为 409。"
                    + "\n\nStaff of the chosen station reject an application with a reason; its personal data is deleted. 409 when "
                    + "it is not pending.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @Path("{memberId}/reject")
    @RolesAllowed(Roles.STATION_STAFF)
    public Response reject(@PathParam("memberId") @Size(max = 64) String memberId, @NotNull @Valid Reason in,
                           @Context SecurityContext security) {
        members.reject(Callers.of(security), memberId, in.reason());
        return Response.noContent().build();
    }

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    private MemberView view(Member m) {
        return MemberView.of(m, members.phone(m));
    }
}
