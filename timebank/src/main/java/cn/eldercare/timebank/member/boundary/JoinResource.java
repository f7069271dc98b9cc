package cn.eldercare.timebank.member.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.problem.ProblemResponses;
import cn.eldercare.platform.security.ClientAddresses;
import cn.eldercare.platform.security.TooManyRequests;
import cn.eldercare.timebank.member.control.JoinThrottle;
import cn.eldercare.timebank.member.control.Members;
import cn.eldercare.timebank.member.control.Stations;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;

/**
 * A volunteer applies on their own, choosing their station. The answer is the same whether or not the
 * person is already a member, and the station approves before the account may sign in.
 */
@Path("timebank/join")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JoinResource {

    private static final Text RECEIVED = Text.of("申请已提交，站点将与您联系", "Application received; the station will contact you");

    public record Received(String status, String message) {
    }

    @Inject
    Members members;
    @Inject
    Stations stations;
    @Inject
    JoinThrottle throttle;
    @Inject
    ClientAddresses addresses;
    @Context
    HttpServletRequest http;

    @Operation(summary = "申请加入时间银行 / Apply to join the time bank",
            description = "无需登录：申请成为 stationId 所指服务站的志愿者。无论身份证号是否已登记，"
                    + "都答 202“申请已提交，站点将与您联系”；站点批准后才能登录并写入账本。"
                    + "每个地址每分钟有次数上限，超过为 429。"
                    + "\n\nWithout signing in: apply to volunteer at the station stationId names. Answers 202 \"申请已提交，站点将与您联系\" "
                    + "whether or not the ID number is already a member; the volunteer can sign in, and is written to the "
                    + "ledger, once the station approves. Limited per client address and minute; beyond it 429.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @PermitAll
    public Response join(@QueryParam("stationId") @NotNull Long stationId, @NotNull @Valid JoinInput in, @Context HttpHeaders headers) {
        long wait = throttle.acquire(addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")), Instant.now());
        if (wait > 0) {
            throw new TooManyRequests("TOO_MANY_REQUESTS", Text.of("申请过于频繁，请 " + wait + " 秒后再试",
                    "Too many applications; retry in " + wait + " s"), wait);
        }
        if (in.username() == null || in.password() == null) {
            throw DomainException.invalid("username", Text.of("自助注册需要用户名和密码", "a username and password are required"));
        }
        if (Boolean.TRUE.equals(in.recipient())) {
            throw DomainException.invalid("recipient", Text.of("服务对象请由服务站登记", "recipients are registered by a station"));
        }
        stations.get(stationId);
        members.apply(stationId, in.registration(true));
        return Response.accepted(new Received("RECEIVED", RECEIVED.in(ProblemResponses.locale(headers)))).build();
    }
}
