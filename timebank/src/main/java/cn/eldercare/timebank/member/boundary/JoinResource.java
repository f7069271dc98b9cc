package cn.eldercare.timebank.member.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Public;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import cn.eldercare.timebank.member.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A volunteer signs up on their own, choosing their station, and gets an account to sign in with. */
@Path("timebank/join")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JoinResource {

    @Inject
    Members members;
    @Inject
    Stations stations;

    @POST
    @Public
    public Response join(@QueryParam("stationId") @NotNull Long stationId, @NotNull @Valid JoinInput in) {
        if (in.username() == null || in.password() == null) {
            throw DomainException.invalid("username", Text.of("自助注册需要用户名和密码", "a username and password are required"));
        }
        stations.get(stationId);
        Caller self = new Caller(0, in.username(), Role.VOLUNTEER, null, null);
        Member m = members.register(self, stationId, in.registration(true));
        return Response.status(Response.Status.CREATED).entity(MemberView.of(m)).build();
    }
}
