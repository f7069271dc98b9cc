package cn.eldercare.timebank.member.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.paging.Page;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.paging.Where;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.member.entity.Member;
import cn.eldercare.timebank.member.entity.MemberStatus;
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

    @POST
    @Allow(Role.STATION_STAFF)
    public Response register(@NotNull @Valid JoinInput in, @Context SecurityContext security) {
        Caller staff = Callers.of(security);
        if (in.username() != null && in.password() == null) {
            throw DomainException.invalid("password", Text.of("设置账户时需要密码", "is required with a username"));
        }
        Member m = members.register(staff, stations.of(staff).getId(), in.registration(false));
        return Response.status(Response.Status.CREATED).entity(view(m)).build();
    }

    @GET
    @Allow({Role.STATION_STAFF, Role.REGULATOR})
    public Page<MemberView> list(@QueryParam("name") @Size(max = 50) String name, @QueryParam("status") MemberStatus status,
                                 @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Where where = new Where().like("m.name", name).eq("m.status", status);
        if (caller.is(Role.STATION_STAFF)) {
            where.eq("m.stationId", stations.of(caller).getId());
        }
        return where.page(em, "FROM Member m", "m", "m.name, m.memberId", Member.class, page).map(this::view);
    }

    @GET
    @Path("{memberId}")
    @Allow({Role.STATION_STAFF, Role.REGULATOR})
    public MemberView get(@PathParam("memberId") @Size(max = 64) String memberId, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Member m = members.get(memberId);
        if (caller.is(Role.STATION_STAFF) && !Long.valueOf(stations.of(caller).getId()).equals(m.getStationId())) {
            throw DomainException.forbidden(Text.of("只能查看本站成员", "You can only see your own station's members"));
        }
        return view(m);
    }

    @POST
    @Path("{memberId}/approve")
    @Allow(Role.STATION_STAFF)
    public MemberView approve(@PathParam("memberId") @Size(max = 64) String memberId, @Context SecurityContext security) {
        return view(members.approve(Callers.of(security), memberId));
    }

    @POST
    @Path("{memberId}/reject")
    @Allow(Role.STATION_STAFF)
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
