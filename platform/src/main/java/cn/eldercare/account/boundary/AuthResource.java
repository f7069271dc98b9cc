package cn.eldercare.account.boundary;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.ClientAddresses;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.platform.security.SignedToken;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;

/** Sign-in and sign-out, and who the signed-in user is. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    public record Token(String token, String tokenType, Instant expiresAt, UserView user) {
    }

    @Inject
    Accounts accounts;
    @Inject
    ClientAddresses addresses;
    @Inject
    JsonWebToken token;
    @Context
    HttpServletRequest http;

    @Operation(summary = "登录 / Sign in",
            description = "以用户名和密码登录，返回 8 小时有效的令牌，以 `Authorization: Bearer <token>` 发送。"
                    + "密码错误为 401；待审核或已停用的账户为 403；同一账户和地址连续失败 5 次、"
                    + "或同一地址失败 20 次后锁定 15 分钟（429，带 Retry-After）。"
                    + "\n\nSigns in with username and password and returns a token valid for 8 hours, to send as `Authorization: "
                    + "Bearer <token>`. 401 for a wrong password; 403 for an account awaiting approval or deactivated; after 5 "
                    + "failures per account and address, or 20 from one address, 429 with Retry-After for 15 minutes.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("login")
    @PermitAll
    public Token login(@NotNull @Valid Login login) {
        Accounts.Session s = accounts.login(login.username(), login.password().toCharArray(),
                addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        return new Token(s.token(), "Bearer", s.expiresAt(), UserView.of(s.account()));
    }

    /** Ends this token's session; Payara and the session filter have already checked the token. */
    @Operation(summary = "退出登录 / Sign out",
            description = "使本次请求所用的令牌失效，其他会话不受影响。"
                    + "\n\nEnds the session of this request's token; other sessions stay signed in.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @POST
    @Path("logout")
    @RolesAllowed(Roles.SIGNED_IN)
    public Response logout() {
        accounts.logout(SignedToken.of(token).orElseThrow());
        return Response.noContent().build();
    }

    @Operation(summary = "当前用户 / Who am I",
            description = "当前登录用户的账户、角色以及所代表的基地、护理员或成员。"
                    + "\n\nThe signed-in user's account, role and the base, caregiver or member they act for.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("me")
    @RolesAllowed(Roles.SIGNED_IN)
    public UserView me(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        var account = accounts.find(caller.userId());
        if (account == null) {
            throw DomainException.notFound(Text.of("账户不存在", "No such account"));
        }
        return UserView.of(account);
    }
}
